// Hostile inputs for the elements' security tests: text payloads for every text field of a
// partner, URL payloads for every link field, and the cross product of the two, so that each
// payload is tried in each position. Script payloads set `window.__xss`; if any of them ever runs,
// the sentinel shows it.
import type { Partner } from '@nzc/schema';

/** The host that hostile links and logos point at; nothing may ever be requested from it. */
export const EVIL_HOST = 'evil.example';

const run = 'window.__xss=1';

/** Markup that runs script or injects elements if it is ever parsed as HTML. */
const markup = [
  `<script>${run}</script>`,
  `<img src=x onerror="${run}">`,
  `<img src=x onerror=${run}>`,
  `<svg onload="${run}">`,
  `<svg><script>${run}</script></svg>`,
  `<svg><animate onbegin="${run}" attributeName=x dur=1s>`,
  `</style><script>${run}</script>`,
  `</title><script>${run}</script>`,
  `</textarea><script>${run}</script>`,
  `"><script>${run}</script>`,
  `'><img src=x onerror=${run}>`,
  `<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>`,
  `<iframe src="javascript:parent.__xss=1"></iframe>`,
  `<body onload="${run}">`,
  `<details open ontoggle="${run}">`,
  `<input autofocus onfocus="${run}">`,
  `<video><source onerror="${run}"></video>`,
  `<audio src=x onerror="${run}">`,
  `<object data="javascript:${run}"></object>`,
  `<embed src="javascript:${run}">`,
  `<a href="javascript:${run}">click</a>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${run}>`,
  `<noscript><p title="</noscript><img src=x onerror=${run}>">`,
  `<template><script>${run}</script></template>`,
  `<style>@import "//${EVIL_HOST}/x.css";</style>`,
  `<link rel=stylesheet href="//${EVIL_HOST}/x.css">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${run}">`,
  `<base href="//${EVIL_HOST}/">`,
  `<form action="javascript:${run}"><button>x</button></form>`,
  `<marquee onstart="${run}">`,
  `<div style="background:url(//${EVIL_HOST}/x.png)">`,
  `<x onclick=${run}>`,
  `<scr<script>ipt>${run}</scr</script>ipt>`,
  `<SCRIPT SRC=//${EVIL_HOST}/x.js></SCRIPT>`,
  `<img """><script>${run}</script>">`,
  `&lt;script&gt;${run}&lt;/script&gt;`,
  `&#60;img src=x onerror=${run}&#62;`,
  `<!--<img src=x onerror=${run}>-->`,
  `<![CDATA[<script>${run}</script>]]>`,
  `<slot></slot><slot name="x"></slot>`,
  `<style>*{display:none}</style>`,
  `</nzc-partner-card><script>${run}</script>`,
  `" onmouseover="${run}`,
  `' onmouseover='${run}`,
  `\` onmouseover=\`${run}`,
];

/** Strings that template engines (and Lit's own markers) would evaluate or misread. */
const templates = [
  `{{constructor.constructor('${run}')()}}`,
  "${alert(1)}",
  "${window.__xss=1}",
  '#{alert(1)}',
  '<%= alert(1) %>',
  '{{7*7}}',
  '[[${7*7}]]',
  '{% raw %}{{x}}{% endraw %}',
  '<!--?lit$1234567$-->',
  'lit$1234567$',
  '__proto__',
  'constructor',
];

/** Unicode that reorders, hides or breaks text. */
const unicode = [
  'Trusted\u202Egnp.exe',
  '\u2066isolated\u2069 \u2067rtl\u2069 \u2068first\u2069',
  '\u2069\u2069\u202C unbalanced closers',
  'zero\u200Bwidth\u200C\u200Djoin\uFEFFers',
  '\uD800 lone high surrogate',
  'lone low surrogate \uDFFF',
  'a\uD800b\uDC00c',
  '\u0000 NUL and \u0007 BEL',
  'line\u2028separator\u2029paragraph',
  'Z\u0334\u0321\u031B\u0334\u0321 combining',
  '\r\n\t whitespace only\r\n',
];

/** Very long strings. */
const long = ['A'.repeat(100_000), `<img src=x onerror=${run}>`.repeat(4_000)];

/** URLs, written as text (to check that text never becomes a link by itself). */
const textUrls = [`javascript:${run}`, `data:text/html,<script>${run}</script>`];

/** Every text payload. */
export const textPayloads: readonly string[] = [...markup, ...templates, ...unicode, ...long, ...textUrls];

/** URLs that no link or image may ever carry: other schemes, scheme tricks, relative forms. */
export const unsafeUrls: readonly string[] = [
  `javascript:${run}`,
  `JaVaScRiPt:${run}`,
  `\u0000javascript:${run}`,
  ` javascript:${run}`,
  `java\tscript:${run}`,
  `java\nscript:${run}`,
  `java\rscript:${run}`,
  `\u0001\u001fjavascript:${run}`,
  `javascript://%0A${run}`,
  `javascript:/*https://ok.example*/${run}`,
  `jav&#x09;ascript:${run}`,
  `&#106;avascript:${run}`,
  `data:text/html,<script>${run}</script>`,
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==',
  `data:image/svg+xml,<svg onload="${run}"/>`,
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'file:///etc/passwd',
  `blob:https://${EVIL_HOST}/0b0c5a4e-0000-4000-8000-000000000000`,
  `ftp://${EVIL_HOST}/x`,
  `ws://${EVIL_HOST}/x`,
  'about:blank',
  `//${EVIL_HOST}`,
  `//${EVIL_HOST}/logo.png`,
  `/\\${EVIL_HOST}/logo.png`,
  `\\\\${EVIL_HOST}\\logo.png`,
  EVIL_HOST,
  '/relative/path',
  '?q=1',
  '#fragment',
  `https://${EVIL_HOST}:99999/`,
  `https://${EVIL_HOST}/${'a'.repeat(5_000)}`,
];

/** http(s) URLs that carry credentials: a phishing pattern, never rendered as a link. */
export const credentialUrls: readonly string[] = [
  `https://user:pass@${EVIL_HOST}/`,
  `https://user@${EVIL_HOST}/`,
  `https://api.nzc.test@${EVIL_HOST}/logo.png`,
  `http://trusted.example:secret@${EVIL_HOST}/`,
];

/** http(s) URLs that the contract allows, with hostile hosts, paths, queries and fragments. */
export const hostileHttpUrls: readonly string[] = [
  `https://${EVIL_HOST}/"><script>${run}</script>`,
  `https://${EVIL_HOST}/'onerror='${run}`,
  `https://${EVIL_HOST}/?q=<img src=x onerror=${run}>`,
  `https://${EVIL_HOST}/#javascript:${run}`,
  `https://${EVIL_HOST}/%22%3E%3Cscript%3E${run}%3C/script%3E`,
  `https://${EVIL_HOST}/\u202Egnp.exe`,
  `https://${EVIL_HOST}/a\u200Bb`,
  'https://xn--80ak6aa92e.com/',
  'https://аpple.com/',
  `https://${EVIL_HOST}/logo.png`,
  'https://api.nzc.test.evil.example/logo.png',
  'http://api.nzc.test/v1/logo.png',
  'https://api.nzc.test:8443/v1/logo.png',
  `https://api.nzc.test/v1/logos/"><svg onload="${run}">.png`,
  `https://api.nzc.test/v1/logos/x.png?<img src=x onerror=${run}>`,
];

/** Every URL payload. */
export const urlPayloads: readonly string[] = [...unsafeUrls, ...credentialUrls, ...hostileHttpUrls];

/** mailto links are allowed as links, but only as mailto. */
export const mailtoUrls: readonly string[] = [`mailto:someone@${EVIL_HOST}?body=<script>${run}</script>`, 'mailto:javascript:alert(1)'];

/** A field of a partner that a payload can be put in. */
export type Field = {
  /** Where the payload goes, as a path (`partnership.objectives.0.title`). */
  name: string;
  kind: 'text' | 'url';
  /** Whether the detailed card shows this text (so the payload must appear as text). */
  shown: boolean;
  set(partner: Partner, value: string): void;
};

const first = <T>(list: T[]): T => {
  const item = list[0];
  if (item === undefined) throw new Error('the base partner lacks an item');
  return item;
};

export const textFields: readonly Field[] = [
  { name: 'name', kind: 'text', shown: true, set: (p, v) => void (p.name = v) },
  { name: 'acronym', kind: 'text', shown: true, set: (p, v) => void (p.acronym = v) },
  { name: 'description', kind: 'text', shown: true, set: (p, v) => void (p.description = v) },
  { name: 'fundingDetail', kind: 'text', shown: false, set: (p, v) => void (p.fundingDetail = v) },
  { name: 'coordinator', kind: 'text', shown: false, set: (p, v) => void (p.coordinator = v) },
  { name: 'certaintyNote', kind: 'text', shown: false, set: (p, v) => void (p.certaintyNote = v) },
  { name: 'partnership.note', kind: 'text', shown: false, set: (p, v) => void (p.partnership.note = v) },
  { name: 'partnership.certaintyNote', kind: 'text', shown: true, set: (p, v) => void (p.partnership.certaintyNote = v) },
  { name: 'partnership.objectives.0.title', kind: 'text', shown: true, set: (p, v) => void (first(p.partnership.objectives).title = v) },
  { name: 'partnership.objectives.0.note', kind: 'text', shown: true, set: (p, v) => void (first(p.partnership.objectives).note = v) },
  { name: 'partnership.activities.0.title', kind: 'text', shown: true, set: (p, v) => void (first(p.partnership.activities).title = v) },
  { name: 'facts.0.text', kind: 'text', shown: true, set: (p, v) => void (first(p.facts).text = v) },
  { name: 'facts.0.certaintyNote', kind: 'text', shown: true, set: (p, v) => void (first(p.facts).certaintyNote = v) },
  { name: 'aims.0.text', kind: 'text', shown: true, set: (p, v) => void (first(p.aims).text = v) },
  { name: 'links.0.detail', kind: 'text', shown: false, set: (p, v) => void (first(p.links).detail = v) },
  { name: 'links.0.targetName', kind: 'text', shown: false, set: (p, v) => void (first(p.links).targetName = v) },
];

export const urlFields: readonly Field[] = [
  { name: 'website', kind: 'url', shown: false, set: (p, v) => void (p.website = v) },
  { name: 'logo', kind: 'url', shown: false, set: (p, v) => void (p.logo = v) },
  { name: 'sources.0', kind: 'url', shown: false, set: (p, v) => void (p.sources[0] = v) },
  { name: 'facts.0.sources.0', kind: 'url', shown: false, set: (p, v) => void (first(p.facts).sources[0] = v) },
  { name: 'partnership.sources.0', kind: 'url', shown: false, set: (p, v) => void (p.partnership.sources[0] = v) },
  { name: 'partnership.objectives.0.sources.0', kind: 'url', shown: false, set: (p, v) => void (first(p.partnership.objectives).sources[0] = v) },
  { name: 'partnership.activities.0.sources.0', kind: 'url', shown: false, set: (p, v) => void (first(p.partnership.activities).sources[0] = v) },
  { name: 'links.0.sources.0', kind: 'url', shown: false, set: (p, v) => void (first(p.links).sources[0] = v) },
  { name: 'partnership.objectives.0.progress.sources.0', kind: 'url', shown: false, set: (p, v) => void (first(p.partnership.objectives).progress!.sources[0] = v) },
];

/** One payload in one field. */
export type Case = { id: number; field: Field; payload: string };

/** Every text payload in every text field, and every URL payload in every link field. */
export const cases: readonly Case[] = [
  ...textFields.flatMap((field) => textPayloads.map((payload) => ({ field, payload }))),
  ...urlFields.flatMap((field) => [...urlPayloads, ...mailtoUrls].map((payload) => ({ field, payload }))),
].map((entry, id) => ({ id, ...entry }));

/**
 * A partner that fits the contract and has something in every field (an aim, a link, an
 * objective with progress, an activity, a fact), so that every field can carry a payload and every part of the detailed card shows.
 */
export function basePartner(slug = 'hostile'): Partner {
  return {
    slug,
    name: 'Base Partner',
    acronym: 'BP',
    type: 'initiative',
    description: 'A partner for tests.',
    website: 'https://partner.example/',
    logo: null,
    fundingProgrammes: ['horizon-europe'],
    fundingDetail: 'Horizon Europe',
    coordinator: 'Someone',
    themes: ['mobility'],
    topics: ['governance-and-policy'],
    aims: [{ text: 'An aim.', sources: ['https://partner.example/aim'], certainty: 'confirmed' }],
    links: [
      {
        partner: slug,
        scope: 'city',
        target: 'de-munich',
        targetName: 'Munich',
        kind: 'project-site',
        detail: 'A link.',
        weak: false,
        weakReason: null,
        sources: ['https://partner.example/link'],
        certainty: 'confirmed',
      },
    ],
    partnership: {
      kind: 'mou',
      status: 'signed',
      signed: { value: '2024-10-02', precision: 'day' },
      note: 'A note.',
      objectives: [
        {
          title: 'An objective',
          status: 'in-progress',
          progress: { percent: 50, sources: ['https://partner.example/progress'], certainty: 'confirmed' },
          note: 'An objective note.',
          sources: ['https://partner.example/objective'],
          certainty: 'confirmed',
        },
      ],
      activities: [
        {
          title: 'An activity',
          date: { value: '2024-10', precision: 'month' },
          sources: ['https://partner.example/activity'],
          certainty: 'confirmed',
        },
      ],
      sources: ['https://partner.example/partnership'],
      certainty: 'confirmed',
      certaintyNote: 'A partnership note.',
    },
    facts: [{ text: 'A fact.', sources: ['https://partner.example/fact'], certainty: 'uncertain', certaintyNote: 'A fact note.' }],
    sources: ['https://partner.example/about'],
    certainty: 'confirmed',
  };
}

/** The base partner with `payload` in `field`. */
export function partnerWith(field: Field, payload: string, slug?: string): Partner {
  const partner = basePartner(slug);
  field.set(partner, payload);
  return partner;
}

/** The base partner with `payload` in every text field at once (and as every link when it is a URL). */
export function partnerWithEverywhere(payload: string, slug?: string, kind: Field['kind'] = 'text'): Partner {
  const partner = basePartner(slug);
  for (const field of kind === 'text' ? textFields : urlFields) field.set(partner, payload);
  return partner;
}
