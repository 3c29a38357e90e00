// Rules stage: runs the examples a rule file ships, the rule's own tests (`rules test`, and the test suite).

import { relative } from 'node:path';
import { lookupEvent } from '../catalog/events.js';
import { extract, extractRecord } from '../extract/extract.js';
import { filterRecords } from '../filter/records.js';
import { openInput } from '../ingest/read.js';
import { DEFAULT_SOURCES, sourceFilter } from '../ingest/types.js';
import { LEVELS, type EventRecord, type Level } from '../record.js';
import { chainsOf } from './chains.js';
import { evaluateRules, sortRecords } from './evaluate.js';
import type { ExampleRecordSpec, Finding, Rule, RuleExample } from './types.js';

/** Where example records start when the file gives no time: a weekday morning. */
const DEFAULT_START = Date.parse('2024-03-05T09:00:00Z');

export interface ExampleResult {
  rule: Rule;
  example: RuleExample;
  passed: boolean;
  /** What happened, for a failing example: which findings there were instead. */
  detail: string;
  /** The findings of the rule under test on this example. */
  findings: Finding[];
}

function levelOf(spec: ExampleRecordSpec, source: string): Level {
  const written = LEVELS.find((level) => level === spec.level);
  return written ?? lookupEvent(source, spec.eventId)?.level ?? 'information';
}

/** The records of an example written in the rule file, read through the extract stage as a log would be. */
export function exampleRecords(rule: Rule, specs: readonly ExampleRecordSpec[]): EventRecord[] {
  let previous = DEFAULT_START - 1000;
  return specs.map((spec, index) => {
    const source = spec.source ?? 'PasswordResetService';
    const time = spec.time === undefined ? previous + 1000 : Date.parse(spec.time);
    previous = time;
    return extractRecord({
      source,
      eventId: spec.eventId,
      level: levelOf(spec, source),
      time: new Date(time),
      recordId: spec.recordId ?? 100 + index,
      computer: spec.computer ?? 'AADC01.fabrikam.local',
      message: spec.message ?? '',
      data: spec.data ?? {},
      // Each record points back at the line of the rule file that wrote it.
      origin: { file: rule.file, line: spec.line, offset: index },
    });
  });
}

const fixtureCache = new Map<string, Promise<EventRecord[]>>();

/** The records of a fixture export in the given period, read by the real ingest and extract stages. */
function fixtureRecords(path: string, since: Date | undefined, until: Date | undefined): Promise<EventRecord[]> {
  const key = `${path}\u0000${since?.toISOString() ?? ''}\u0000${until?.toISOString() ?? ''}`;
  let cached = fixtureCache.get(key);
  if (cached === undefined) {
    cached = (async () => {
      const input = await openInput(path, { filter: sourceFilter(DEFAULT_SOURCES) });
      const records: EventRecord[] = [];
      const filter = { ...(since && { since }), ...(until && { until }) };
      for await (const record of extract(filterRecords(input.records, filter))) records.push(record);
      return records;
    })();
    fixtureCache.set(key, cached);
  }
  return cached;
}

function describe(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'no rule fired';
  return findings.map((finding) => `${finding.diagnosis}${finding.group === undefined ? '' : ` (${finding.group})`}`).join(', ');
}

/**
 * Runs one example of `rule` with every rule of `ruleSet` loaded, as `analyze` would (so a negative
 * example can show that a more specific rule takes precedence): a positive example passes when the
 * rule has a finding, a negative one when it has none.
 */
export async function runExample(rule: Rule, example: RuleExample, ruleSet: readonly Rule[]): Promise<ExampleResult> {
  const records =
    example.fixture !== undefined
      ? await fixtureRecords(example.fixture, example.since, example.until)
      : exampleRecords(rule, example.records ?? []);
  const sorted = sortRecords(records);
  const all = evaluateRules(ruleSet.includes(rule) ? ruleSet : [...ruleSet, rule], { records: sorted, chains: chainsOf(sorted) });
  const own = all.filter((finding) => finding.rule === rule.id);
  const fired = own.length > 0;
  const passed = example.expect === 'positive' ? fired : !fired;
  const source = example.fixture === undefined ? '' : ` [${relative(process.cwd(), example.fixture)}]`;
  const detail = passed
    ? ''
    : example.expect === 'positive'
      ? `expected ${rule.diagnosis}, got: ${describe(all)}${source}`
      : `${rule.diagnosis} fired on ${own.reduce((sum, finding) => sum + finding.evidenceTotal, 0)} record(s) of a negative example${source}`;
  return { rule, example, passed, detail, findings: own };
}

/** Every example of every rule in `rules`, each run with the whole set. */
export async function runRuleExamples(rules: readonly Rule[], ruleSet: readonly Rule[] = rules): Promise<ExampleResult[]> {
  const results: ExampleResult[] = [];
  for (const rule of rules) {
    for (const example of rule.examples) results.push(await runExample(rule, example, ruleSet));
  }
  return results;
}
