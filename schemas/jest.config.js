module.exports = { ...require('../jest.preset'), displayName: 'schemas', rootDir: __dirname };
