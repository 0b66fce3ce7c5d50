'use strict';
/**
 * What the bundles (dist/) load in place of `undici` (tsconfig.json `paths`, which ncc's resolver
 * applies to every import, node_modules' included). @actions/core imports @actions/http-client, which
 * imports undici for one class (`ProxyAgent`, made only when a proxy is configured), and
 * @actions/github imports undici's `fetch` for its proxy-aware fetch: so every run would evaluate about
 * 900 kB of undici before its first request. This stands for the module and evaluates the real one the
 * first time anything is read from it: a run with a proxy gets the real undici, a run without one never
 * evaluates it (docs/performance.md, "Start-up"). Node's own fetch serves a run without a proxy
 * (src/providers/github/client.ts). Tests and tsx import the real `undici` (only the bundler reads
 * `paths` for node_modules).
 */
let undici;
const real = () => (undici ??= require('undici/index.js'));

module.exports = new Proxy(
  {},
  {
    // Asked by module interop, never meant as a read of undici: answered without loading it.
    get: (_target, name) => (name === '__esModule' || name === 'then' ? undefined : real()[name]),
    has: (_target, name) => name in real(),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_target, name) => {
      const descriptor = Object.getOwnPropertyDescriptor(real(), name);
      // A proxy may not report a property of its target's as non-configurable when the target lacks it.
      return descriptor && { ...descriptor, configurable: true };
    },
  },
);
