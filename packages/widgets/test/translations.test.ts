/**
 * Every string of the elements exists in every language they ship: a missing translation would
 * silently show English on a French or Polish page.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const config = JSON.parse(readFileSync(new URL('../lit-localize.json', import.meta.url), 'utf8')) as { targetLocales: string[] };
const units = (locale: string) => {
  const xliff = readFileSync(new URL(`../xliff/${locale}.xlf`, import.meta.url), 'utf8');
  return [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => ({
    id: id!,
    source: /<source>([\s\S]*?)<\/source>/.exec(body!)?.[1] ?? '',
    target: /<target>([\s\S]*?)<\/target>/.exec(body!)?.[1],
  }));
};
const placeholders = (text: string) => [...text.matchAll(/<x id="(\d+)"/g)].map(([, id]) => id).sort();

for (const locale of config.targetLocales) {
  test(`${locale}: every message is translated, with the same placeholders`, () => {
    const all = units(locale);
    assert.ok(all.length >= 100, `${all.length} messages`);
    const missing = all.filter((unit) => !unit.target?.trim()).map((unit) => unit.id);
    assert.deepEqual(missing, []);
    for (const unit of all) assert.deepEqual(placeholders(unit.target!), placeholders(unit.source), unit.id);
  });
}

test('the generated locale modules hold every message of their XLIFF file', () => {
  for (const locale of config.targetLocales) {
    const module = readFileSync(new URL(`../src/generated/locales/${locale}.ts`, import.meta.url), 'utf8');
    for (const unit of units(locale)) assert.ok(module.includes(`'${unit.id}'`), `${locale}: ${unit.id} is built`);
  }
});
