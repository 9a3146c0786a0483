module.exports = { ...require('../../jest.preset'), displayName: 'territories', rootDir: __dirname };
