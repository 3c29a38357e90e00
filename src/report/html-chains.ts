// Report: the HTML report's table of operations and service incidents, with a filter by text, kind and outcome.

import { CHAIN_KINDS, CHAIN_OUTCOMES, type Chain } from '../correlate/types.js';
import type { Lang } from '../i18n/lang.js';
import { REPORT_WORDS } from '../i18n/report-words.js';
import { STATS_WORDS } from '../i18n/stats-words.js';
import { chainCause, chainOutcomeText } from './chains.js';
import { formatCount } from './count.js';
import { escapeHtml } from './html-escape.js';
import { formatSpan, formatTime } from './time.js';

/** A table of a hundred thousand rows would make the file too heavy to open; the JSON and CSV reports keep them all. */
const MOST_ROWS = 5000;

function user(chain: Chain): string {
  return chain.user?.upn ?? chain.user?.cloudAnchor ?? chain.user?.dn ?? '';
}

function row(chain: Chain, zone: string, lang: Lang): string {
  const span = chain.outcome === 'incomplete' || chain.outcome === 'orphan-outcome' ? '' : formatSpan(chain.durationMs, lang);
  const events = chain.events.length > 6 ? `${chain.events.length}` : chain.events.map((event) => event.eventId).join(' ');
  const context = chain.context.length === 0 ? '' : ` (+${chain.context.map(({ record }) => record.eventId).join(' ')})`;
  const cells = [
    `<td class="mono time">${escapeHtml(formatTime(chain.start, zone, lang))}</td>`,
    `<td>${escapeHtml(STATS_WORDS[lang].kinds[chain.kind])}</td>`,
    `<td class="outcome-${chain.outcome}">${escapeHtml(chainOutcomeText(chain, lang))}</td>`,
    `<td class="num">${escapeHtml(span)}</td>`,
    `<td>${escapeHtml(user(chain))}</td>`,
    `<td class="mono">${escapeHtml(events + context)}</td>`,
    `<td class="mono">${escapeHtml(chainCause(chain))}</td>`,
    `<td class="mono nowrap">${escapeHtml(chain.trackingId ?? '')}</td>`,
  ];
  return `<tr id="chain-${escapeHtml(chain.id)}" data-kind="${escapeHtml(chain.kind)}" data-outcome="${escapeHtml(chain.outcome)}">${cells.join('')}</tr>`;
}

export function renderChainsHtml(chains: readonly Chain[], zone: string, lang: Lang): string {
  const words = REPORT_WORDS[lang];
  const stats = STATS_WORDS[lang];
  const columns = words.columns;
  const parts = [`<section id="chains"><h2>${escapeHtml(words.chains)}</h2>`];
  if (chains.length === 0) return `${parts.join('')}<p>${escapeHtml(words.noChains)}</p></section>`;
  const shown = chains.slice(0, MOST_ROWS);
  const kinds = CHAIN_KINDS.filter((kind) => chains.some((chain) => chain.kind === kind));
  const outcomes = CHAIN_OUTCOMES.filter((outcome) => chains.some((chain) => chain.outcome === outcome));
  // Shown by the script only: without it (a mail preview) the controls would do nothing.
  parts.push(
    `<div class="filters" id="chains-filter" hidden><label>${escapeHtml(words.filter.label)} <input type="search" id="chain-text" placeholder="${escapeHtml(words.filter.placeholder)}"></label>`,
    `<select id="chain-kind" aria-label="${escapeHtml(columns.kind)}"><option value="">${escapeHtml(words.filter.allKinds)}</option>${kinds.map((kind) => `<option value="${escapeHtml(kind)}">${escapeHtml(stats.kinds[kind])}</option>`).join('')}</select>`,
    `<select id="chain-outcome" aria-label="${escapeHtml(columns.outcome)}"><option value="">${escapeHtml(words.filter.allOutcomes)}</option>${outcomes.map((outcome) => `<option value="${escapeHtml(outcome)}">${escapeHtml(stats.outcomes[outcome])}</option>`).join('')}</select>`,
    `<span><span id="chain-shown">${formatCount(shown.length)}</span> / ${formatCount(shown.length)} ${escapeHtml(words.filter.shown)}</span></div>`,
  );
  const head = [columns.start, columns.kind, columns.outcome, columns.duration, columns.user, columns.events, columns.cause, columns.trackingId];
  parts.push(`<div class="scroll"><table id="chains-table"><thead><tr>${head.map((label, index) => `<th${index === 3 ? ' class="num"' : ''}>${escapeHtml(label)}</th>`).join('')}</tr></thead><tbody>`);
  for (const chain of shown) parts.push(row(chain, zone, lang));
  parts.push('</tbody></table></div>');
  if (chains.length > shown.length) parts.push(`<p class="meta">${escapeHtml(words.more(chains.length - shown.length))}</p>`);
  parts.push('</section>');
  return parts.join('');
}
