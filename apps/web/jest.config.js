module.exports = {
  ...require('../../jest.preset'),
  displayName: 'web',
  rootDir: __dirname,
  testEnvironment: '<rootDir>/test/jsdom-environment.js',
  // Ships only as ES modules: let SWC turn it into CommonJS like our sources.
  transformIgnorePatterns: ['/node_modules/(?!react-hotkeys-hook/)'],
};
