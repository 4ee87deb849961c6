/**
 * The generated references against their sources: the API reference lists every path of the
 * OpenAPI document with its parameters and responses, and every component schema; the elements
 * reference lists every element of the custom-elements manifest with its attributes, events,
 * CSS parts and custom properties.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createOpenApiDocument } from '../../packages/schema/src/openapi.js';
import { openPage, readManifest, requireDocsBuilt, root, startSite, type OpenedPage, type Site } from './helpers.js';

let site: Site;

before(async () => {
  requireDocsBuilt();
  site = await startSite();
});

after(async () => {
  await site?.close();
});

type Operation = { operationId: string; parameters?: { name: string }[]; responses: Record<string, unknown> };

describe('the API reference', () => {
  let opened: OpenedPage;
  const openapi = createOpenApiDocument();
  const base = openapi.servers[0]!.url;

  before(async () => {
    opened = await openPage(site, '/docs/api/');
  });

  after(async () => {
    await opened?.close();
  });

  test('lists every path of the OpenAPI document, with its parameters and responses', async () => {
    const paths = Object.entries(openapi.paths);
    assert.ok(paths.length >= 9);
    for (const [path, item] of paths) {
      for (const [method, operation] of Object.entries(item as Record<string, Operation>)) {
        const section = opened.page.locator(`section.operation:has(h3#${operation.operationId.replace(/[^\w-]/g, '')})`);
        assert.equal(await section.count(), 1, `a section for ${method.toUpperCase()} ${path}`);
        const heading = (await section.locator('h3').textContent())!.replace(/\s+/g, ' ').trim();
        assert.equal(heading, `${method.toUpperCase()} ${base}${path}`);
        const text = (await section.textContent())!;
        for (const parameter of operation.parameters ?? []) {
          const row = section.locator('table').first().locator('tbody tr', { has: opened.page.locator(`th code:text-is("${parameter.name}")`) });
          assert.equal(await row.count(), 1, `${path}: parameter ${parameter.name}`);
        }
        for (const status of Object.keys(operation.responses)) assert.ok(text.includes(status), `${path}: response ${status}`);
        // The table of contents links to it.
        assert.equal(await opened.page.locator(`nav a[href="#${operation.operationId}"]`).count(), 1, `${path} in the contents`);
      }
    }
  });

  test('describes every component schema, with its properties', async () => {
    for (const [name, schema] of Object.entries(openapi.components.schemas)) {
      const section = opened.page.locator(`section.schema:has(h3#schema-${name.toLowerCase()})`);
      assert.equal(await section.count(), 1, `a section for ${name}`);
      const properties = Object.keys((schema as { properties?: object }).properties ?? {});
      for (const property of properties) {
        assert.equal(await section.locator(`tbody th code:text-is("${property}")`).count(), 1, `${name}.${property}`);
      }
    }
  });

  test('every schema a response refers to is linked to its description', async () => {
    const targets = (await opened.page.evaluate(() =>
      Array.from(document.querySelectorAll('a[href^="#schema-"]'), (link) => link.getAttribute('href')!.slice(1)),
    )) as string[];
    assert.ok(targets.length > 10);
    for (const id of new Set(targets)) assert.equal(await opened.page.locator(`[id="${id}"]`).count(), 1, `#${id} exists`);
  });
});

describe('the elements reference', () => {
  let opened: OpenedPage;
  const manifest = readManifest();
  /** The manifest's elements, and any element the widgets define whose tag the manifest lacks. */
  const elements = new Map<string, { name: string; attributes: string[] }>();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind === 'class' && declaration.tagName) elements.set(declaration.tagName, { name: declaration.name, attributes: (declaration.attributes ?? []).map(({ name }) => name) });
    }
  }
  const src = join(root, 'packages/widgets/src');
  for (const folder of readdirSync(src)) {
    let define = '';
    try {
      define = readFileSync(join(src, folder, 'define.ts'), 'utf8');
    } catch {
      continue;
    }
    for (const [, tag, name] of define.matchAll(/defineElement\('([\w-]+)',\s*(\w+)\)/g)) {
      if (elements.has(tag!)) continue;
      const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((candidate) => candidate.name === name);
      elements.set(tag!, { name: name!, attributes: (declaration?.attributes ?? []).map(({ name }) => name) });
    }
  }

  before(async () => {
    opened = await openPage(site, '/docs/elements/');
  });

  after(async () => {
    await opened?.close();
  });

  test('lists every element of the manifest with every one of its attributes', async () => {
    assert.ok(elements.size >= 5, `elements: ${[...elements.keys()].join(', ')}`);
    for (const [tag, { attributes }] of elements) {
      const section = opened.page.locator(`section.element:has(h2[id="${tag}"])`);
      assert.equal(await section.count(), 1, `a section for <${tag}>`);
      assert.ok(attributes.length > 0, `<${tag}> has attributes`);
      const table = section.locator(`h3[id="${tag}-attributes"] + table`);
      for (const attribute of attributes) {
        assert.equal(await table.locator(`tbody th code:text-is("${attribute}")`).count(), 1, `<${tag}> attribute ${attribute}`);
      }
      assert.equal(await opened.page.locator(`nav a[href="#${tag}"]`).count(), 1, `<${tag}> in the contents`);
    }
  });

  test('lists events, slots, CSS parts and CSS custom properties from the manifest', async () => {
    const declarations = manifest.modules.flatMap((module) => module.declarations ?? []) as {
      tagName?: string;
      name: string;
      events?: { name: string }[];
      slots?: { name: string }[];
      cssParts?: { name: string }[];
      cssProperties?: { name: string }[];
    }[];
    for (const [tag, { name }] of elements) {
      const declaration = declarations.find((candidate) => candidate.name === name)!;
      const section = opened.page.locator(`section.element:has(h2[id="${tag}"])`);
      const check = async (kind: string, entries: { name: string }[] | undefined) => {
        for (const entry of entries ?? []) {
          const cells = section.locator(`h3[id="${tag}-${kind}"] + table tbody th`);
          const texts = (await cells.allTextContents()).map((text) => text.trim());
          assert.ok(texts.includes(entry.name || '(default)'), `<${tag}> ${kind}: ${entry.name}`);
        }
      };
      await check('events', declaration.events);
      await check('slots', declaration.slots);
      await check('css-parts', declaration.cssParts);
      await check('css-properties', declaration.cssProperties);
    }
  });
});
