// jsdom lacks the WHATWG fetch classes and TextEncoder that ra-data-simple-rest and react-router 7 use:
// lend them Node's own, which behave as in the browser.
const { TestEnvironment } = require('jest-environment-jsdom');

const borrowedFromNode = ['TextEncoder', 'TextDecoder', 'Headers', 'Request', 'Response', 'ReadableStream', 'structuredClone'];

class JsdomWithFetchEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of borrowedFromNode) {
      if (this.global[name] === undefined) this.global[name] = globalThis[name];
    }
  }
}

module.exports = JsdomWithFetchEnvironment;
