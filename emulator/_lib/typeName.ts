/** How Apps Script names an argument's type in "The parameters (…) don't match the method signature" errors. */
export function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) {
    const inner = value.length > 0 ? typeName(value[0]) : 'Object';
    return `${inner}[]`;
  }
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') return 'Date';
  switch (typeof value) {
    case 'string':
      return 'String';
    case 'number':
      return 'number';
    case 'boolean':
      return 'Boolean';
    default:
      return 'Object';
  }
}
