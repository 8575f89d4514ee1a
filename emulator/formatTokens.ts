// The tokens a number format's section is made of, shared by numbers (numberFormat.ts) and dates (dateFormat.ts).

export type Token = { kind: 'literal'; text: string } | { kind: 'code'; text: string };

/** Splits a section into literal text and format codes; callers cache what they make of it. */
export function tokenize(section: string, codes: RegExp): Token[] {
  const tokens: Token[] = [];
  const literal = (text: string) => {
    const last = tokens[tokens.length - 1];
    if (last?.kind === 'literal') last.text += text;
    else tokens.push({ kind: 'literal', text });
  };
  for (let i = 0; i < section.length; ) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      literal(section.slice(i + 1, end < 0 ? undefined : end));
      i = end < 0 ? section.length : end + 1;
    } else if (ch === '\\') {
      literal(section[i + 1] ?? '');
      i += 2;
    } else if (ch === '_') {
      literal(' ');
      i += 2;
    } else if (ch === '*') {
      i += 2;
    } else if (ch === '[' && !/^\[[hms]+\]/i.test(section.slice(i))) {
      const end = section.indexOf(']', i);
      const inside = section.slice(i + 1, end < 0 ? undefined : end);
      if (inside.startsWith('$')) literal(inside.slice(1).split('-')[0]);
      i = end < 0 ? section.length : end + 1;
    } else {
      codes.lastIndex = i;
      const m = codes.exec(section);
      if (m !== null && m.index === i) {
        tokens.push({ kind: 'code', text: m[0] });
        i += m[0].length;
      } else {
        literal(ch);
        i++;
      }
    }
  }
  return tokens;
}
