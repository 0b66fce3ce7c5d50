'use strict';
/**
 * What the bundles (dist/) load in place of `undici` (tsconfig.json `paths`, which ncc's resolver
 * applies to every import, node_modules' included). Tests, tsc and tsx see the real package.
 *
 * Two packages of the bundle import undici, both for proxy support: @actions/http-client (imported by
 * @actions/core) makes a `ProxyAgent` when a proxy is configured, and @actions/github's proxy-aware
 * fetch is undici's `fetch` with that agent as its dispatcher. Bundled as it is, undici (about 900 kB)
 * was parsed and run by every start. Here it is a chunk of its own, loaded by the first `fetch` through
 * it, which only a run behind a proxy makes (src/providers/github/client.ts uses Node's fetch
 * otherwise): `ProxyAgent` stands for undici's until then, keeping its options, and becomes the real
 * one the first time it goes to `fetch` as a dispatcher. These two names are all that the bundled
 * packages read from undici (docs/performance.md, "Start-up"); `__tests__/e2e/proxy.test.ts` runs the
 * bundled Action behind a real proxy.
 */
let loading;
const undici = () => (loading ??= import('undici/index.js'));

/** Stands for undici's ProxyAgent: made synchronously, built for real by the first fetch it serves. */
class ProxyAgent {
  constructor(options) {
    made.set(this, options);
    // @actions/http-client reads this (and, ignoring TLS errors, replaces it), as it does on undici's
    // own agent, where the property changes nothing: the agent is built from the options given here.
    this.options = options;
  }
}

/** Each stand-in's options, and the real agent once a fetch has needed it. */
const made = new WeakMap();
const agents = new WeakMap();

async function fetch(input, init) {
  const real = await undici();
  const dispatcher = init?.dispatcher;
  if (dispatcher instanceof ProxyAgent) {
    let agent = agents.get(dispatcher);
    if (agent === undefined) {
      agent = new real.ProxyAgent(made.get(dispatcher));
      agents.set(dispatcher, agent);
    }
    init = { ...init, dispatcher: agent };
  }
  return real.fetch(input, init);
}

module.exports = { ProxyAgent, fetch };
