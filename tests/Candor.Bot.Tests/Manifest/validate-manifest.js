// Validates a Teams app manifest offline: node validate-manifest.js PATH/manifest.json
// Prints a JSON array of schema errors (empty when valid). Exit 0 when valid, 1 when there are errors,
// 2 when the manifest or the schema cannot be read.
//
// AppManifestUtils.validateAgainstSchema(manifest) on its own would look up the manifest's $schema, which may
// mean a download; so this script loads the schema file @microsoft/app-manifest ships for the manifest's version
// (build/json-schemas/teams/vX.Y/MicrosoftTeams.schema.json) and passes it in.
"use strict";

const fs = require("fs");
const path = require("path");
const { AppManifestUtils } = require("@microsoft/app-manifest");

function fail(message) {
  process.stderr.write(`validate-manifest: ${message}\n`);
  process.exit(2);
}

async function main() {
  const manifestPath = process.argv[2];
  if (!manifestPath) {
    fail("usage: node validate-manifest.js PATH/manifest.json");
  }

  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8").replace(/^\uFEFF/, ""));
  } catch (e) {
    fail(`cannot read ${manifestPath}: ${e.message}`);
  }

  const version = manifest.manifestVersion;
  if (typeof version !== "string" || !/^(\d+\.\d+|devPreview)$/.test(version)) {
    fail(`${manifestPath} has no usable manifestVersion (${JSON.stringify(version)})`);
  }

  const errors = [];
  const schemaUrl = `https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`;
  if (manifest.$schema !== schemaUrl) {
    errors.push(`/$schema is ${JSON.stringify(manifest.$schema)}, expected ${schemaUrl} for manifestVersion ${version}`);
  }

  const packageBuild = path.dirname(require.resolve("@microsoft/app-manifest"));
  const schemaPath = path.join(packageBuild, "json-schemas", "teams", `v${version}`, "MicrosoftTeams.schema.json");
  let schema;
  try {
    // The package cleans the same escapes (\a, \v are not JSON) when it loads its own schema files.
    const raw = fs.readFileSync(schemaPath, "utf8").replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b");
    schema = JSON.parse(raw);
  } catch (e) {
    fail(`@microsoft/app-manifest ships no readable schema for manifestVersion ${version} (${schemaPath}): ${e.message}`);
  }

  errors.push(...(await AppManifestUtils.validateAgainstSchema(manifest, schema)));
  process.stdout.write(JSON.stringify(errors, null, 2) + "\n");
  process.exit(errors.length === 0 ? 0 : 1);
}

main().catch((e) => fail(e && e.stack ? e.stack : String(e)));
