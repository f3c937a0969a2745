/**
 * The one classifier: a failure signal (a server reply, a client error, a log line's reply part) plus what we know
 * about the sender → a Diagnosis with category, cause, remedy, permanence, who fixes it and official links.
 * The knowledge lives in src/core/remedies.ts (RULES, REMEDIES); this file only interprets it.
 * Pure: no I/O, no process, no clock.
 */
import { enhancedCode } from './probe.js';
import { detectPreset, presetForHost } from './presets.js';
import type { Diagnosis, FailureSignal, SenderContext } from './diagnosis.js';
import { REMEDIES, RULES, type Facts, type Provider, type Rule } from './remedies.js';

export interface Classification {
  diagnosis: Diagnosis;
  /** Id of the rule that matched, or 'fallback' for unknown. */
  rule: string;
  code?: number;
  enhanced?: string;
  stage?: string;
}

/** Classifies one failure; see classifyDetailed for the rule that decided. */
export function classify(signal: FailureSignal, context?: SenderContext): Diagnosis {
  return classifyDetailed(signal, context).diagnosis;
}

export function classifyDetailed(signal: FailureSignal, context: SenderContext = {}): Classification {
  const facts = gatherFacts(signal, context);
  const rule = RULES.find((r) => matches(r, facts));
  return { diagnosis: diagnose(rule, facts), rule: rule?.id ?? 'fallback', code: facts.code, enhanced: facts.enhanced, stage: facts.stage };
}

// ---- normalisation ---------------------------------------------------------------------------------------------

/**
 * One line out of a reply: Exim's literal "\n", real line breaks, the repeated "550-5.7.26 " prefixes of
 * continuation lines (which Postfix keeps inline), DSN wrapping and runs of whitespace.
 */
export function joinReply(text: string): string {
  let t = text.replace(/\\r\\n|\\n/g, '\n').replace(/\r/g, '');
  const first = /(\d{3})[ -]([245]\.\d{1,3}\.\d{1,3})?/.exec(t.trimStart());
  const lines = t.split('\n');
  if (lines.length > 1) {
    t = lines.map((line, i) => (i === 0 ? line : line.replace(/^\s*\d{3}[ -](?:[245]\.\d{1,3}\.\d{1,3}\s+)?/, ' '))).join(' ');
  }
  if (first && t.length < 20_000) {
    // Postfix: "550-5.7.26 This mail ... 550-5.7.26 authenticate ... 550 5.7.26 ..." → keep the first prefix only.
    const prefix = first[2] ? `${first[1]}[ -]${first[2].replace(/\./g, '\\.')}` : `${first[1]}-`;
    let seen = false;
    t = t.replace(new RegExp(`(^|\\s)${prefix}(?=\\s)`, 'g'), (m) => {
      if (!seen) { seen = true; return m; }
      return ' ';
    });
  }
  return t.replace(/\s+/g, ' ').trim();
}

const CODE_RE = /(?:^|[:;]\s+|[("]|\bsaid:?\s+|\bresponse=|\breply:?\s+|\bC=")([245]\d\d)(?=[ -]|\.[245]\.\d)/;

/** The three-digit SMTP reply code in a text, if there is one where replies appear. */
export function replyCode(text: string): number | undefined {
  const m = CODE_RE.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** The RFC 3463 enhanced status code: right after the reply code, as dsn=/Status:, or anywhere but inside an IP. */
export function findEnhanced(text: string, code?: number): string | undefined {
  const direct = enhancedCode(text);
  if (direct) return direct;
  if (code !== undefined) {
    const m = new RegExp(`\\b${code}[ .-]([245]\\.\\d{1,3}\\.\\d{1,3})(?![\\d]|\\.\\d)`).exec(text);
    if (m) return m[1];
  }
  const tagged = /(?:dsn=|Status:\s*|#)([245]\.\d{1,3}\.\d{1,3})(?![\d]|\.\d)/i.exec(text);
  if (tagged) return tagged[1];
  const any = /(?<![\w.])([245]\.\d{1,3}\.\d{1,3})(?![\d]|\.\d)/.exec(text);
  if (any && (code === undefined || String(code)[0] === any[1]![0])) return any[1];
  return undefined;
}

const STAGE_WORDS: Array<[RegExp, string]> = [
  [/in reply to (?:the )?(?:end of )?data|after end of data|after (?:the )?data|\bData command failed|\bMessage failed/i, 'data'],
  [/in reply to (?:the )?rcpt|after rcpt|\bRecipient command failed|all recipients were rejected|Can't send mail - all recipients/i, 'rcpt'],
  [/in reply to (?:the )?mail|after mail from|\bMail command failed|Sender address rejected/i, 'mail'],
  [/in reply to (?:the )?auth|after auth|\bInvalid login|SASL (?:\w+ )?authentication failed|\bEAUTH\b/i, 'auth'],
  [/in reply to (?:the )?starttls|after starttls|Error upgrading connection with STARTTLS/i, 'tls'],
  [/in reply to (?:the )?(?:ehlo|helo)|after (?:ehlo|helo)|while performing the (?:EHLO|HELO)/i, 'ehlo'],
  [/refused to talk to me|initial server greeting|Invalid greeting|Greeting never received|after initial connection/i, 'greeting'],
];

function stageOf(signal: FailureSignal, text: string): string | undefined {
  if (signal.stage) {
    const s = signal.stage.toLowerCase().trim();
    if (/^(?:mail from|mail)\b/.test(s)) return 'mail';
    if (/^(?:rcpt to|rcpt)\b/.test(s)) return 'rcpt';
    if (/^(?:conn|connect)/.test(s)) return 'connect';
    if (s === 'starttls') return 'tls';
    if (s === 'helo') return 'ehlo';
    return s;
  }
  for (const [re, stage] of STAGE_WORDS) if (re.test(text)) return stage;
  return undefined;
}

// ---- providers -------------------------------------------------------------------------------------------------

const MS_HOST = /(?:^|\.)(?:office365\.com|outlook\.com|office\.com|hotmail\.com|live\.com|protection\.outlook\.com)$/i;
const MS_DOMAINS = /@(?:outlook|hotmail|live|msn)\.[a-z.]+$/i;

/** The presets that have remedies of their own (the provider table holds more). */
const hasRemedies = (id: string | null): id is Provider => id === 'gmail' || id === 'yandex' || id === 'mailru' || id === 'microsoft';

function senderProviderOf(ctx: SenderContext): Provider | undefined {
  const preset = ctx.preset?.toLowerCase();
  if (preset === 'gmail' || preset === 'yandex' || preset === 'mailru') return preset;
  if (preset === 'microsoft' || preset === 'outlook' || preset === 'office365') return 'microsoft';
  const byHost = presetForHost(ctx.host);
  if (hasRemedies(byHost)) return byHost;
  if (ctx.host && MS_HOST.test(ctx.host)) return 'microsoft';
  const address = ctx.username && ctx.username.includes('@') ? ctx.username : ctx.email;
  if (address) {
    const byDomain = detectPreset(address);
    if (hasRemedies(byDomain)) return byDomain;
    if (MS_DOMAINS.test(address)) return 'microsoft';
  }
  return undefined;
}

/** The provider whose server wrote the reply, from fingerprints in it (addresses are removed first). */
export function replyProviderOf(text: string): Provider | undefined {
  const t = text.replace(/[\w.+'-]+@[\w.-]+/g, '');
  if (/\bgsmtp\b|\bgoogle\.com\b|googlemail|support\.google|gmail-smtp|aspmx\.l\.google/i.test(t)) return 'gmail';
  if (/SmtpClientAuthentication|\.prod\.outlook\.com|protection\.outlook\.com|outlook\.com|office365|aka\.ms\/|microsoft|hotmail|\b5\.7\.139\b|SendAsDenied|OutboundSpamException|\[Hostname=/i.test(t)) return 'microsoft';
  if (/yandex\.(?:ru|net|com)|\bya\.cc\b|\byandex\b/i.test(t)) return 'yandex';
  if (/\bmail\.ru\b|NEOBHODIM|parol prilozheniya|\bmxs\.mail\.ru/i.test(t)) return 'mailru';
  return undefined;
}

// ---- facts -----------------------------------------------------------------------------------------------------

const lower = (s: string | null | undefined): string | undefined => (s ? s.trim() : undefined) || undefined;

function gatherFacts(signal: FailureSignal, ctx: SenderContext): Facts {
  const raw = String(signal.text ?? '');
  const text = joinReply(raw.length > 20_000 ? raw.slice(0, 20_000) : raw);
  const code = signal.code ?? replyCode(text);
  const enhanced = signal.enhanced ?? findEnhanced(text, code);
  const replyClass = code !== undefined ? Math.floor(code / 100) : enhanced ? Number(enhanced[0]) : undefined;
  const senderProvider = senderProviderOf(ctx);
  const replyProvider = replyProviderOf(text);

  let host = lower(ctx.host);
  let port = ctx.port;
  if (!host || port === undefined) {
    const m = /connect to ([\w.-]+)\[[^\]]*\]:(\d+)/i.exec(text)
      ?? /\b(?:connect|getaddrinfo|queryA|querySrv)\s+E[A-Z_]+\s+([\w.:-]+?)(?::(\d+))?(?=$|[\s,)])/.exec(text)
      ?? /\bhost ([\w.-]+)\[[\d.:a-f]+\](?::(\d+))?/i.exec(text)
      ?? /cannot connect to ([\w.-]+), port (\d+)/i.exec(text);
    if (m) {
      host ??= m[1];
      if (port === undefined && m[2]) port = Number(m[2]);
    }
  }

  let login = lower(ctx.username);
  let from = lower(ctx.email);
  const owned = /not owned by (?:auth(?:enticated)? )?user ([^\s;,]+@[^\s;,]+?)[.;,]?(?:\s|$)/i.exec(text);
  if (!login && owned) login = owned[1];
  const rejected = /<([^<>\s@]+@[^<>\s]+)>:? Sender address rejected/i.exec(text) ?? /\bfrom=<([^<>\s@]+@[^<>\s]+)>/i.exec(text);
  if (!from && rejected) from = rejected[1];

  let domain = from ? from.slice(from.lastIndexOf('@') + 1).toLowerCase() : undefined;
  if (!domain) {
    const d = /MAIL FROM domain \[?([\w.-]+\.[a-z]{2,})\]?/i.exec(text)
      ?? /(?:domain of|email from|from domain|sending domain|\bdomain) \[?([\w-]+(?:\.[\w-]+)*\.[a-z]{2,})\]?/i.exec(text);
    if (d) domain = d[1]!.toLowerCase();
  }

  const urls = [...text.matchAll(/https?:\/\/[^\s<>"')\]]+/gi)].map((m) => m[0].replace(/[.,;:]+$/, '')).slice(0, 3);

  return {
    text, code, enhanced, replyClass,
    stage: stageOf(signal, text),
    errorCode: signal.errorCode,
    timeout: signal.timeout,
    context: ctx,
    senderProvider, replyProvider,
    provider: senderProvider ?? replyProvider,
    host, port,
    security: ctx.security,
    login, from, domain, urls,
  };
}

// ---- rule matching ---------------------------------------------------------------------------------------------

function enhancedMatches(patterns: string[], enhanced: string | undefined): boolean {
  if (!enhanced) return false;
  const rest = enhanced.slice(1);
  return patterns.some((p) => (p[0] === 'x' ? p.slice(1) === rest : p === enhanced));
}

function matches(rule: Rule, f: Facts): boolean {
  if (rule.noReply && f.code !== undefined) return false;
  if (rule.code && (f.code === undefined || !rule.code.test(String(f.code)))) return false;
  if (rule.enhanced && !enhancedMatches(rule.enhanced, f.enhanced)) return false;
  if (rule.stage && (f.stage === undefined || !rule.stage.test(f.stage))) return false;
  if (rule.errorCode && (f.errorCode === undefined || !rule.errorCode.test(f.errorCode))) return false;
  if (rule.provider && (f.provider === undefined || !rule.provider.includes(f.provider))) return false;
  if (rule.text) {
    const hay = f.errorCode && !f.text.includes(f.errorCode) ? `${f.text} [${f.errorCode}]` : f.text;
    if (!rule.text.test(hay)) return false;
  }
  if (rule.when && !rule.when(f)) return false;
  return true;
}

function diagnose(rule: Rule | undefined, f: Facts): Diagnosis {
  const category = rule?.category ?? 'unknown';
  const info = REMEDIES[category];
  const advice = f.provider ? info.providers?.[f.provider] : undefined;
  const cause = advice?.cause?.(f) ?? rule?.note ?? info.cause(f);
  const remedy = rule?.remedy ?? (advice ? advice.remedy(f) : info.remedy(f));
  const permanent = rule?.permanent
    ?? (info.byCode && (f.replyClass === 4 || f.replyClass === 5) ? f.replyClass === 5 : info.permanent);
  const links = [...new Set([...f.urls, ...(advice?.links ?? info.links ?? [])])];
  const diagnosis: Diagnosis = {
    category,
    cause,
    remedy,
    permanent,
    fixSide: rule?.fixSide ?? info.fixSide,
    links,
  };
  if (f.provider) diagnosis.provider = f.provider;
  return diagnosis;
}
