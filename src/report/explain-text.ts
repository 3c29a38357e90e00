// Report: `writeback-doctor explain` as text: what a code means, its likely causes and the fixes, in one language.

import type { Lang } from '../i18n/lang.js';
import { WORDS } from '../i18n/words.js';
import type { Explanation } from '../rules/explain.js';
import type { Rule } from '../rules/types.js';
import { wrap } from './wrap.js';

const INDENT = '  ';

function ruleLines(rule: Rule, lang: Lang, steps: number): string[] {
  const words = WORDS[lang];
  const out = [`${INDENT}${INDENT}${rule.diagnosis} (${words.severity[rule.severity]}): ${rule.title[lang]}`];
  rule.remediation.slice(0, steps).forEach((step, index) => {
    const number = `${index + 1}. `;
    const body = wrap(step[lang], `${INDENT.repeat(3)}${' '.repeat(number.length)}`);
    out.push(`${INDENT.repeat(3)}${number}${body.trimStart()}`);
  });
  return out;
}

function related(rules: readonly Rule[], lang: Lang): string[] {
  if (rules.length === 0) return [];
  return ['', `${INDENT}${WORDS[lang].relatedDiagnoses}`, ...rules.flatMap((rule) => ruleLines(rule, lang, 2))];
}

function renderOne(explanation: Explanation, lang: Lang): string[] {
  const words = WORDS[lang];
  switch (explanation.kind) {
    case 'diagnosis':
      return explanation.rules.flatMap((rule) => {
        const out = [`${words.diagnosis} ${rule.diagnosis} (${words.severity[rule.severity]}, ${rule.category}; rule ${rule.id})`, wrap(rule.title[lang], INDENT), '', wrap(rule.explanation[lang], INDENT), '', `${INDENT}${words.whatToDo}`];
        rule.remediation.forEach((step, index) => {
          const number = `${index + 1}. `;
          out.push(`${INDENT}${INDENT}${number}${wrap(step[lang], `${INDENT}${INDENT}${' '.repeat(number.length)}`).trimStart()}`);
        });
        out.push(`${INDENT}${words.seeAlso}`, ...rule.references.map((reference) => `${INDENT}${INDENT}${reference}`));
        return out;
      });
    case 'event': {
      const { event } = explanation;
      const name = event.nameOrigin === 'microsoft' ? event.name : `${event.name} ${words.nameIsOurs}`;
      const text = event.text[lang];
      return [`${words.event} ${event.eventId} ${name} — ${event.source}, ${event.level}`, wrap(text.title, INDENT), '', wrap(text.meaning, INDENT), ...related(explanation.related, lang)];
    }
    case 'code': {
      const { code } = explanation;
      const aliases = [code.symbol, code.win32 === undefined ? undefined : String(code.win32)].filter((alias) => alias !== undefined).join(', ');
      const text = code.text[lang];
      return [
        `${words.errorCode} ${code.code}${aliases === '' ? '' : ` (${aliases})`}`,
        wrap(text.title, INDENT),
        `${INDENT}${words.logText}: "${code.logText}"`,
        '',
        wrap(text.meaning, INDENT),
        ...related(explanation.related, lang),
      ];
    }
    case 'sspr': {
      const { sspr } = explanation;
      const text = sspr.text[lang];
      return [`${words.ssprError} ${sspr.code} ${sspr.name} = ${sspr.number}`, wrap(text.title, INDENT), '', wrap(text.meaning, INDENT), '', `${INDENT}${words.userSees}:`, wrap(text.whatToDo, `${INDENT}${INDENT}`)];
    }
  }
}

export function renderExplanations(explanations: readonly Explanation[], lang: Lang): string {
  return `${explanations.map((explanation) => renderOne(explanation, lang).join('\n')).join('\n\n')}\n`;
}
