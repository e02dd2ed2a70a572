import countries from 'i18n-iso-countries';

/**
 * CAMEO actor codes are 3-letter chunks: a country (or region) first, then roles.
 * These sets are codebook facts (CAMEO manual, GDELT codebook), used to split a code into fields.
 */
const REGIONS = new Set([
  'AFR', 'ASA', 'BLK', 'BLT', 'CAF', 'CAU', 'CAS', 'CRB', 'EAF', 'EEU', 'EIN', 'EUR', 'LAM', 'MDT',
  'MEA', 'NAF', 'NMR', 'PGS', 'SAF', 'SAM', 'SAS', 'SCN', 'SEA', 'WAF', 'WST', 'KSV', 'ROM', 'TMP',
]);

/** Role (type) codes. */
const TYPES = new Set([
  'COP', 'GOV', 'INS', 'JUD', 'MIL', 'OPP', 'REB', 'SEP', 'SPY', 'UAF', 'AGR', 'BUS', 'CRM', 'CVL',
  'DEV', 'EDU', 'ELI', 'ENV', 'HLH', 'HRI', 'LAB', 'LEG', 'MED', 'REF', 'MOD', 'RAD', 'IGO', 'NGO',
  'IMG', 'MNC', 'UIS', 'SET', 'PTY', 'REL', 'FRM',
]);

/** Known transnational groups (IGOs and NGOs). */
const KNOWN_GROUPS = new Set([
  'UNO', 'NAT', 'EEC', 'ASN', 'ARL', 'AFU', 'OPC', 'WTO', 'IMF', 'WBK', 'ICC', 'IAE', 'OAS', 'CIS',
  'GCC', 'ICG', 'AMN', 'HRW', 'MSF', 'IRC', 'OSC', 'OIC', 'SCO', 'APE', 'BRI', 'CWN', 'ADB', 'AEU',
  'WHO', 'UNW', 'UNH', 'UNR', 'UNC', 'UNE', 'UNI', 'UNS',
]);

/** Religion codes (first and second level). */
const RELIGIONS = new Set([
  'ADR', 'ATH', 'BAH', 'BUD', 'CHR', 'CON', 'CPT', 'CTH', 'DOX', 'HIN', 'ITR', 'JAN', 'JEW', 'MOS',
  'ALE', 'SHI', 'SUN', 'SFI', 'PRO', 'ORT', 'SIK', 'SHN', 'TAO', 'ZRO', 'MRM', 'NRM', 'JHW',
]);

const ISO3 = new Set(Object.keys(countries.getAlpha3Codes()));

/** True for a code that names a country or region (the first chunk of an actor code). */
export function isCountryChunk(chunk: string): boolean {
  return ISO3.has(chunk) || REGIONS.has(chunk);
}

/** The GDELT-style parts of an actor code; unknown chunks are left out rather than guessed. */
export interface ActorCodeParts {
  readonly country: string;
  readonly knownGroup: string;
  readonly ethnic: string;
  readonly religion1: string;
  readonly religion2: string;
  readonly types: readonly string[];
}

/** Splits `CHNGOVMIL` into country `CHN`, types `GOV`, `MIL`; `IGOUNO` into type `IGO`, group `UNO`. */
export function splitActorCode(code: string): ActorCodeParts {
  const chunks: string[] = [];
  for (let i = 0; i < code.length; i += 3) chunks.push(code.slice(i, i + 3));
  let country = '';
  let knownGroup = '';
  const religions: string[] = [];
  const types: string[] = [];
  chunks.forEach((chunk, i) => {
    if (i === 0 && isCountryChunk(chunk)) country = chunk;
    else if (TYPES.has(chunk)) types.push(chunk);
    else if (KNOWN_GROUPS.has(chunk) && knownGroup === '') knownGroup = chunk;
    else if (RELIGIONS.has(chunk)) religions.push(chunk);
  });
  return {
    country,
    knownGroup,
    ethnic: '',
    religion1: religions[0] ?? '',
    religion2: religions[1] ?? '',
    types,
  };
}

/** What clustering compares for one side: the country, else the whole code (for IGOs and role-only codes). */
export function actorCountry(code: string): string {
  const first = code.slice(0, 3);
  return isCountryChunk(first) ? first : code;
}
