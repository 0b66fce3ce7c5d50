// Types of src/bundle/undici/index.cjs, which stands for undici in the bundles: undici's own.
export * from 'undici/index.js';
