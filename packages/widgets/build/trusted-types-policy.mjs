/**
 * Gives the bundle's copy of Lit its own Trusted Types policy name, and lets a second copy on the
 * page (the bundle loaded twice, or two versions) load without throwing. Lit names its policy
 * `lit-html`: a partner page that uses Lit itself under Trusted Types would otherwise collide
 * with ours. A copy whose policy cannot be created never renders anything: the first copy's
 * elements are the ones defined.
 */
export const trustedTypesPolicy = (name) => ({
  name: 'trusted-types-policy',
  transform(code, id) {
    if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
    const pattern = /(\w+)\.createPolicy\("lit-html",/;
    if (!pattern.test(code)) throw new Error('lit-html no longer creates its policy as expected; update trustedTypesPolicy()');
    const helper = `function nzcCreatePolicy(factory, rules) { try { return factory.createPolicy(${JSON.stringify(name)}, rules); } catch { return undefined; } }\n`;
    return { code: helper + code.replace(pattern, 'nzcCreatePolicy($1,'), map: null };
  },
});
