/**
 * Browser entry of diplomatic-events: the whole library, with no Node built-ins.
 *
 * Built by tsup as one minified ES module with every dependency inlined (`dist/browser.js`), so a
 * page can load it directly: `import { extract, toHtml } from './dist/browser.js'`. The same module
 * is published as `diplomatic-events/browser`.
 */
export * from './index.js';
