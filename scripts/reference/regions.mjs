#!/usr/bin/env node
// Generates src/main/resources/reference/regions.json from the npm package idn-area-data
// (pinned exactly in scripts/reference/package.json), then checks the hand-written
// reference files that depend on it (bkn-regional-offices.json, employers-central.json).
//
// Usage (from the repository root):
//   npm ci --prefix scripts/reference
//   node scripts/reference/regions.mjs            # regenerate regions.json, then check
//   node scripts/reference/regions.mjs --check    # only check the files as they are
//
// Exits non-zero, with a message, on any unexpected count or inconsistency.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '..', '..');
const OUT_DIR = join(REPO, 'src', 'main', 'resources', 'reference');
const REGIONS_FILE = join(OUT_DIR, 'regions.json');
const OFFICES_FILE = join(OUT_DIR, 'bkn-regional-offices.json');
const EMPLOYERS_FILE = join(OUT_DIR, 'employers-central.json');

const RETRIEVED_AT = '2026-11-23';
const GENERATOR = 'scripts/reference/regions.mjs';
const EXPECTED_PROVINCES = 38;
const EXPECTED_REGENCIES = 514;
// DKI Jakarta's five administrative cities and one administrative regency.
const EXPECTED_NON_AUTONOMOUS = 6;
const JAKARTA = '31';

// The package files do not name their legal source; its repository's docs/references.md
// does (REF-2025-1, written there as "300.2.2-2L38", a typo of 2138). Keyed by version so
// that a version bump forces whoever bumps it to re-check the source.
const LEGAL_SOURCE_BY_VERSION = {
  '4.0.1': 'Kepmendagri No. 300.2.2-2138 Tahun 2025',
};

function fail(message) {
  console.error(`regions.mjs: ERROR: ${message}`);
  process.exit(1);
}

// ---------------------------------------------------------------- names

// Words kept as written regardless of case in the source.
const FIXED_WORDS = new Map([
  ['DKI', 'DKI'],
  ['DI', 'DI'],
  ['DAN', 'dan'],
]);

function capitalise(word) {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

// Title case as Kemendagri writes names ("Kabupaten Aceh Selatan", "Kota Banda Aceh",
// "Kabupaten Pangkajene dan Kepulauan", "Kabupaten Toli-Toli"). Only applied to names the
// package gives entirely in upper case (idn-area-data < 4 did); since 4.0 the package keeps
// the original case and names are used verbatim.
function toTitleCase(name) {
  return name
    .trim()
    .split(/\s+/)
    .map((word, i) => {
      const fixed = FIXED_WORDS.get(word.toUpperCase());
      if (fixed && !(i === 0 && fixed === 'dan')) return fixed;
      return word.split('-').map(capitalise).join('-');
    })
    .join(' ');
}

function normaliseName(raw) {
  const name = String(raw ?? '').replace(/\s+/g, ' ').trim();
  if (!name) fail('empty name in source data');
  const hasLower = /[a-z]/.test(name);
  return hasLower ? name : toTitleCase(name);
}

// ---------------------------------------------------------------- generate

async function loadPackage() {
  const require = createRequire(import.meta.url);
  let pkgJsonPath;
  try {
    pkgJsonPath = require.resolve('idn-area-data/package.json');
  } catch {
    fail('idn-area-data is not installed: run `npm ci --prefix scripts/reference` first');
  }
  const { version } = JSON.parse(readFileSync(pkgJsonPath, 'utf8'));
  const legal = LEGAL_SOURCE_BY_VERSION[version];
  if (!legal) {
    fail(`idn-area-data ${version} has no entry in LEGAL_SOURCE_BY_VERSION: check the package's ` +
      'docs/references.md for the Kepmendagri it follows and add it');
  }
  const lib = await import('idn-area-data');
  const provinces = await lib.getProvinces();
  const regencies = await lib.getRegencies();
  return { version, legal, provinces, regencies };
}

function buildRegions({ version, legal, provinces, regencies }) {
  const provinceOut = provinces
    .map((p) => ({ code: String(p.code).trim(), name: normaliseName(p.name) }))
    .sort((a, b) => a.code.localeCompare(b.code));

  const provinceCodes = new Set();
  for (const p of provinceOut) {
    if (!/^\d{2}$/.test(p.code)) fail(`bad province code ${JSON.stringify(p.code)}`);
    if (provinceCodes.has(p.code)) fail(`duplicate province code ${p.code}`);
    provinceCodes.add(p.code);
  }

  const regencyCodes = new Set();
  const regencyOut = regencies
    .map((r) => {
      const code = String(r.code).trim();
      const provinceCode = String(r.province_code ?? r.provinceCode).trim();
      const name = normaliseName(r.name);
      if (!/^\d{2}\.\d{2}$/.test(code)) fail(`bad regency code ${JSON.stringify(code)}`);
      if (regencyCodes.has(code)) fail(`duplicate regency code ${code}`);
      regencyCodes.add(code);
      if (!provinceCodes.has(provinceCode)) fail(`${code} refers to unknown province ${provinceCode}`);
      if (code.slice(0, 2) !== provinceCode) fail(`${code} does not start with its province code ${provinceCode}`);

      let type;
      if (/^Kota /.test(name)) type = 'CITY'; // includes "Kota Administrasi ..."
      else if (/^Kabupaten /.test(name)) type = 'REGENCY'; // includes "Kabupaten Administrasi ..."
      else fail(`${code} ${name}: name starts with neither "Kota" nor "Kabupaten"`);
      // Kemendagri numbers regencies 01-69 and cities 71-99: the two must agree.
      const serial = Number(code.slice(3));
      if ((type === 'CITY') !== (serial >= 71)) fail(`${code} ${name}: type ${type} disagrees with its code`);

      const administrative = provinceCode === JAKARTA && / Administrasi /.test(` ${name} `);
      return { code, provinceCode, name, type, autonomous: !administrative };
    })
    .sort((a, b) => a.code.localeCompare(b.code));

  if (provinceOut.length !== EXPECTED_PROVINCES) {
    fail(`expected ${EXPECTED_PROVINCES} provinces, found ${provinceOut.length}`);
  }
  if (regencyOut.length !== EXPECTED_REGENCIES) {
    fail(`expected ${EXPECTED_REGENCIES} regencies/cities, found ${regencyOut.length}`);
  }
  const nonAutonomous = regencyOut.filter((r) => !r.autonomous);
  if (nonAutonomous.length !== EXPECTED_NON_AUTONOMOUS) {
    fail(`expected ${EXPECTED_NON_AUTONOMOUS} non-autonomous (administrative) units in DKI Jakarta, ` +
      `found ${nonAutonomous.length}: ${nonAutonomous.map((r) => r.name).join(', ')}`);
  }
  for (const p of provinceCodes) {
    if (!regencyOut.some((r) => r.provinceCode === p)) fail(`province ${p} has no regency or city`);
  }

  return {
    source: `idn-area-data ${version} (npm package), derived from ${legal}`,
    retrievedAt: RETRIEVED_AT,
    generator: GENERATOR,
    provinces: provinceOut,
    regencies: regencyOut,
  };
}

function printCounts(regions) {
  const regs = regions.regencies;
  const cities = regs.filter((r) => r.type === 'CITY').length;
  const autonomous = regs.filter((r) => r.autonomous).length;
  console.log(`provinces:            ${regions.provinces.length}`);
  console.log(`regencies and cities: ${regs.length} (${regs.length - cities} regencies, ${cities} cities)`);
  console.log(`autonomous:           ${autonomous} (not autonomous: ${regs.length - autonomous})`);
  console.log(`regional employers:   ${regions.provinces.length + autonomous} (provinces + autonomous regencies/cities)`);
}

// ---------------------------------------------------------------- checks

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    fail(`cannot read ${relative(REPO, file)}: ${e.message}`);
  }
}

// Every province covered by exactly one BKN regional office.
function checkOffices(regions) {
  const { offices } = readJson(OFFICES_FILE);
  if (!Array.isArray(offices)) fail('bkn-regional-offices.json: "offices" is not an array');
  if (offices.length !== 14) fail(`bkn-regional-offices.json: expected 14 offices, found ${offices.length}`);
  const known = new Set(regions.provinces.map((p) => p.code));
  const coveredBy = new Map();
  const codes = new Set();
  for (const o of offices) {
    if (!/^KANREG-[IVX]+$/.test(o.code ?? '')) fail(`bad office code ${JSON.stringify(o.code)}`);
    if (codes.has(o.code)) fail(`duplicate office code ${o.code}`);
    codes.add(o.code);
    for (const p of o.provinceCodes ?? []) {
      if (!known.has(p)) fail(`${o.code} covers unknown province code ${p}`);
      if (coveredBy.has(p)) fail(`province ${p} is covered by both ${coveredBy.get(p)} and ${o.code}`);
      coveredBy.set(p, o.code);
    }
  }
  const missing = [...known].filter((p) => !coveredBy.has(p));
  if (missing.length) fail(`provinces covered by no BKN regional office: ${missing.join(', ')}`);
  console.log(`BKN regional offices: ${offices.length}, covering all ${known.size} provinces exactly once`);
}

function checkEmployers() {
  const { employers } = readJson(EMPLOYERS_FILE);
  if (!Array.isArray(employers)) fail('employers-central.json: "employers" is not an array');
  const kinds = new Set(['MINISTRY', 'AGENCY', 'SECRETARIAT']);
  const codes = new Set();
  const names = new Set();
  for (const e of employers) {
    if (!/^[A-Z0-9]+(-[A-Z0-9]+)*$/.test(e.code ?? '')) fail(`bad employer code ${JSON.stringify(e.code)}`);
    if (codes.has(e.code)) fail(`duplicate employer code ${e.code}`);
    codes.add(e.code);
    if (names.has(e.name)) fail(`duplicate employer name ${e.name}`);
    names.add(e.name);
    if (!kinds.has(e.kind)) fail(`${e.code}: bad kind ${JSON.stringify(e.kind)}`);
    for (const f of ['name', 'nameEn', 'ppkTitle']) {
      if (typeof e[f] !== 'string' || !e[f].trim()) fail(`${e.code}: missing ${f}`);
    }
  }
  const by = (k) => employers.filter((e) => e.kind === k).length;
  console.log(`central employers:    ${employers.length} (${by('MINISTRY')} ministries, ` +
    `${by('AGENCY')} agencies, ${by('SECRETARIAT')} secretariats)`);
  return employers.length;
}

// ---------------------------------------------------------------- main

const checkOnly = process.argv.includes('--check');
let regions;
if (checkOnly) {
  regions = readJson(REGIONS_FILE);
  if (regions.provinces?.length !== EXPECTED_PROVINCES) fail('regions.json: unexpected province count');
  if (regions.regencies?.length !== EXPECTED_REGENCIES) fail('regions.json: unexpected regency count');
} else {
  regions = buildRegions(await loadPackage());
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(REGIONS_FILE, JSON.stringify(regions, null, 2) + '\n');
  console.log(`wrote ${relative(REPO, REGIONS_FILE)} (${regions.source})`);
}
printCounts(regions);
checkOffices(regions);
const central = checkEmployers();
const regional = regions.provinces.length + regions.regencies.filter((r) => r.autonomous).length;
console.log(`all employers:        ${regional + central}`);
