/**
 * Aggregation of failure records into findings: one finding per category, most frequent first, with count,
 * first/last time seen (in input order: logs are chronological), affected senders and recipient domains,
 * one masked example line, the distinct replies, and the diagnosis with its cause and remedy.
 * Pure: no I/O, no process, no clock. Memory is bounded: at most 28 findings, capped sets, a capped cache.
 */
import { classifyDetailed } from './classify.js';
import type { Category, Diagnosis, FixSide, SenderContext } from './diagnosis.js';
import { clip, maskSecrets, type LogRecord } from './logparse/common.js';

export interface Finding {
  category: Category;
  count: number;
  permanent: boolean;
  fixSide: FixSide;
  provider: string | null;
  cause: string;
  remedy: string;
  links: string[];
  firstSeen: string | null;
  lastSeen: string | null;
  /** Affected senders, most frequent first (at most 20). */
  senders: string[];
  /** Recipient domains with counts, most frequent first (at most 20). */
  recipientDomains: Array<{ domain: string; count: number }>;
  /** Distinct reply codes seen, e.g. "550 5.7.1" (at most 10). */
  codes: string[];
  /** One input line, credentials masked. */
  example: string;
  /** The reply or error text of the example, masked. */
  reply: string;
  sources: string[];
}

export interface Summary {
  lines: number;
  failures: number;
  findings: number;
  permanent: number;
  temporary: number;
  truncatedLines: number;
  inputs: number;
}

const MAX_SET = 200;

interface Group {
  category: Category;
  count: number;
  diagnosis: Diagnosis;
  first?: string;
  last?: string;
  senders: Map<string, number>;
  domains: Map<string, number>;
  codes: Set<string>;
  sources: Set<string>;
  example: string;
  reply: string;
  permanent: number;
}

function bump(map: Map<string, number>, key: string | undefined): void {
  if (!key) return;
  const n = map.get(key);
  if (n !== undefined) map.set(key, n + 1);
  else if (map.size < MAX_SET) map.set(key, 1);
}

/** Code-unit order, stable across machines (localeCompare would also load ICU collation data: ~6 ms of a run). */
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const top = (map: Map<string, number>, n: number): Array<[string, number]> => [...map.entries()].sort((a, b) => b[1] - a[1] || byText(a[0], b[0])).slice(0, n);

interface Classified { result: ReturnType<typeof classifyDetailed>; code: string }
interface Recent { text: string; code?: number; enhanced?: string; stage?: string; errorCode?: string; timeout?: string; sender: string; classified: Classified }

export class FindingsCollector {
  private readonly groups = new Map<Category, Group>();
  private readonly cache = new Map<string, Classified>();
  /** The last few distinct signals: a log repeats a handful of replies, and comparing them is cheaper than a cache key. */
  private readonly recent: Recent[] = [];
  private failures = 0;

  constructor(private readonly contextFor?: (email: string) => SenderContext | undefined) {}

  private classify(s: LogRecord['signal'], context: SenderContext | undefined, sender: string): Classified {
    for (const r of this.recent) {
      if (r.text === s.text && r.code === s.code && r.enhanced === s.enhanced && r.stage === s.stage && r.errorCode === s.errorCode
        && r.timeout === s.timeout && r.sender === sender) return r.classified;
    }
    const key = `${s.text}\u0000${s.code ?? ''}\u0000${s.enhanced ?? ''}\u0000${s.stage ?? ''}\u0000${s.errorCode ?? ''}\u0000${s.timeout ?? ''}\u0000${sender}`;
    let classified = this.cache.get(key);
    if (!classified) {
      const result = classifyDetailed(s, context);
      classified = { result, code: [result.code, result.enhanced].filter(Boolean).join(' ') };
      if (this.cache.size >= 5000) this.cache.clear();
      this.cache.set(key, classified);
    }
    if (this.recent.length >= 8) this.recent.pop();
    this.recent.unshift({ text: s.text, code: s.code, enhanced: s.enhanced, stage: s.stage, errorCode: s.errorCode, timeout: s.timeout, sender, classified });
    return classified;
  }

  add(record: LogRecord): void {
    this.failures += 1;
    const context = record.sender && this.contextFor ? this.contextFor(record.sender) : undefined;
    const s = record.signal;
    const { result, code } = this.classify(s, context, context ? record.sender! : '');
    const d = result.diagnosis;
    let g = this.groups.get(d.category);
    if (!g) {
      g = {
        category: d.category, count: 0, diagnosis: d, senders: new Map(), domains: new Map(), codes: new Set(), sources: new Set(),
        example: maskSecrets(clip(record.line, 500)), reply: maskSecrets(clip(s.text, 500)), permanent: 0,
      };
      this.groups.set(d.category, g);
    }
    g.count += 1;
    if (d.permanent) g.permanent += 1;
    if (record.time) { g.first ??= record.time; g.last = record.time; }
    bump(g.senders, record.sender);
    bump(g.domains, record.recipient?.slice(record.recipient.lastIndexOf('@') + 1));
    if (code && g.codes.size < 10) g.codes.add(code);
    g.sources.add(record.source);
  }

  findings(): Finding[] {
    return [...this.groups.values()]
      .sort((a, b) => b.count - a.count || byText(a.category, b.category))
      .map((g) => ({
        category: g.category,
        count: g.count,
        permanent: g.diagnosis.permanent,
        fixSide: g.diagnosis.fixSide,
        provider: g.diagnosis.provider ?? null,
        cause: g.diagnosis.cause,
        remedy: g.diagnosis.remedy,
        links: g.diagnosis.links,
        firstSeen: g.first ?? null,
        lastSeen: g.last ?? null,
        senders: top(g.senders, 20).map(([s]) => s),
        recipientDomains: top(g.domains, 20).map(([domain, count]) => ({ domain, count })),
        codes: [...g.codes],
        example: g.example,
        reply: g.reply,
        sources: [...g.sources].sort(),
      }));
  }

  summary(extra: { lines: number; truncatedLines: number; inputs: number }): Summary {
    let permanent = 0;
    for (const g of this.groups.values()) permanent += g.permanent;
    return { ...extra, failures: this.failures, findings: this.groups.size, permanent, temporary: this.failures - permanent };
  }
}
