import { createRequire } from 'node:module';

/**
 * exceljs 4.4 writes a text conditional-format rule (`type: 'containsText'`) as `<cfRule type="{operator}"
 * operator="{operator}">` with no `text` attribute. Excel evaluates the rule's formula and copes, but LibreOffice
 * builds text rules from `text` and drops them without it, and a "does not contain" rule needs
 * `type="notContainsText" operator="notContains"`. This teaches exceljs's rule writer (and reader, so a workbook
 * reads back as it was written) the OOXML spelling:
 *
 *   <cfRule type="beginsWith" operator="beginsWith" text="✓" dxfId="0" priority="1">
 *     <formula>LEFT(D5,LEN("✓"))="✓"</formula>
 *   </cfRule>
 *
 * A model for it: `{ type: 'containsText', operator: 'beginsWith', text: '✓', formulae: ['LEFT(D5,LEN("✓"))="✓"'] }`
 * (operators `containsText`, `notContains`, `beginsWith`, `endsWith`). Remove this once exceljs writes `text`.
 */
export function teachExcelTextRules(): void {
  if (taught) return;
  const require = createRequire(import.meta.url);
  const CfRuleXform = require('exceljs/lib/xlsx/xform/sheet/cf/cf-rule-xform.js') as { prototype: RuleXform };
  const proto = CfRuleXform.prototype;
  if (typeof proto.renderText !== 'function' || typeof proto.createNewModel !== 'function') {
    throw new Error(
      'exceljs changed: cf-rule-xform.js has no renderText/createNewModel. Check whether exceljs now writes the ' +
        '"text" attribute of text rules, and update or remove tools/report/_lib/excelTextRules.ts.',
    );
  }
  const createNewModel = proto.createNewModel;
  proto.renderText = function renderText(xmlStream, model) {
    const type = TYPE_OF_OPERATOR[model.operator ?? ''];
    if (type === undefined) {
      // Blanks and errors: exceljs's own spelling is right for them.
      xmlStream.openNode('cfRule', { type: model.operator, dxfId: model.dxfId, priority: model.priority });
    } else {
      xmlStream.openNode('cfRule', {
        type,
        dxfId: model.dxfId,
        priority: model.priority,
        operator: model.operator,
        text: model.text,
      });
    }
    const formula = model.formulae?.[0];
    if (formula !== undefined) this.formulaXform.render(xmlStream, formula);
    xmlStream.closeNode();
  };
  proto.createNewModel = function readRule(node) {
    const model = createNewModel.call(this, node);
    const { type, text } = node.attributes;
    if (type !== undefined && OPERATOR_OF_TYPE[type] !== undefined) {
      return { ...model, type: 'containsText', operator: OPERATOR_OF_TYPE[type], text };
    }
    return model;
  };
  taught = true;
}

let taught = false;

/** OOXML's rule type of each text operator. */
const TYPE_OF_OPERATOR: Record<string, string> = {
  containsText: 'containsText',
  notContains: 'notContainsText',
  beginsWith: 'beginsWith',
  endsWith: 'endsWith',
};
const OPERATOR_OF_TYPE: Record<string, string> = Object.fromEntries(
  Object.entries(TYPE_OF_OPERATOR).map(([operator, type]) => [type, operator]),
);

interface TextRuleModel {
  operator?: string;
  text?: string;
  dxfId?: number;
  priority?: number;
  formulae?: string[];
}
interface XmlStream {
  openNode(name: string, attributes: Record<string, unknown>): void;
  closeNode(): void;
}
interface RuleXform {
  formulaXform: { render(xmlStream: XmlStream, formula: string): void };
  renderText(this: RuleXform, xmlStream: XmlStream, model: TextRuleModel): void;
  createNewModel(this: RuleXform, node: { attributes: Record<string, string | undefined> }): object;
}
