// Finds every `<name>/<version>/schema.json` under schemas/: the folders are the versions.
const fs = require('fs');
const path = require('path');

const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/;

function compareVersions(a, b) {
  const [, ...left] = SEMVER.exec(a).map(Number);
  const [, ...right] = SEMVER.exec(b).map(Number);
  for (let i = 0; i < 3; i++) if (left[i] !== right[i]) return left[i] - right[i];
  return 0;
}

function readSchemaVersion(schemasRoot, name, version) {
  const directory = path.join(schemasRoot, name, version);
  const file = path.join(directory, 'schema.json');
  let schema;
  try {
    schema = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Schéma illisible : ${path.relative(schemasRoot, file)} (${error.message})`);
  }
  if (schema.name !== name) throw new Error(`${path.relative(schemasRoot, file)} : "name" vaut "${schema.name}", le dossier s'appelle "${name}".`);
  if (schema.version !== version) throw new Error(`${path.relative(schemasRoot, file)} : "version" vaut "${schema.version}", le dossier s'appelle "${version}".`);
  return { name, version, directory, schema };
}

/** Every schema version, sorted by name then semantic version. */
function findSchemaVersions(schemasRoot) {
  const found = [];
  for (const name of fs.readdirSync(schemasRoot).sort()) {
    const schemaDirectory = path.join(schemasRoot, name);
    if (!fs.statSync(schemaDirectory).isDirectory()) continue;
    const versions = fs
      .readdirSync(schemaDirectory)
      .filter((version) => SEMVER.test(version) && fs.existsSync(path.join(schemaDirectory, version, 'schema.json')))
      .sort(compareVersions);
    for (const version of versions) found.push(readSchemaVersion(schemasRoot, name, version));
  }
  return found;
}

module.exports = { compareVersions, findSchemaVersions };
