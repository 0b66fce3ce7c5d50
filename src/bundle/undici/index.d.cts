// Types of src/bundle/undici/index.cjs, which stands for undici in the bundles: undici's own (of the
// two names it provides, the only ones the bundled packages read).
export { ProxyAgent, fetch } from 'undici/index.js';
