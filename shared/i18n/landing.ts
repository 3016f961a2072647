/**
 * Strings only the landing page shows (issue 4: create, import, recent
 * boards): apart from the app's, so a board page does not load them.
 */
export const LANDING_STRINGS = {
  tagline: {
    da: 'Planlæg læringsnetværkets møder som en post-it-øvelse — sammen, live — og få planlægningsredskabets skema med det samme.',
    en: "Plan the learning network's meetings as a post-it exercise — together, live — and get the planning table right away.",
  },
  createHeading: { da: 'Opret en ny tavle', en: 'Create a new board' },
  theme: { da: 'Netværkets tema', en: "The network's theme" },
  themePlaceholder: { da: 'fx Ensomhed blandt unge', en: 'e.g. Loneliness among young people' },
  startDate: {
    da: 'Startdato (perioden bliver 4 måneder)',
    en: 'Start date (the period becomes 4 months)',
  },
  meetingCount: { da: 'Antal netværksmøder', en: 'Number of network meetings' },
  create: { da: 'Opret tavle', en: 'Create board' },
  creating: { da: 'Opretter …', en: 'Creating…' },
  importHeading: { da: 'Importér en tavlefil', en: 'Import a board file' },
  importHint: {
    da: 'En JSON-fil gemt fra Netværkstavlen (Hent / udskriv → Tavlefil).',
    en: 'A JSON file saved from Netværkstavlen (Download / print → Board file).',
  },
  chooseFile: { da: 'Vælg en fil …', en: 'Choose a file…' },
  importErrors: {
    da: 'Filen kunne ikke importeres. Der blev ikke oprettet noget. Problemer:',
    en: 'The file could not be imported. Nothing was created. Problems:',
  },
  notJson: { da: 'Filen er ikke gyldig JSON.', en: 'The file is not valid JSON.' },
  recentHeading: { da: 'Senest åbnet på denne enhed', en: 'Recently opened on this device' },
  noRecent: { da: 'Ingen tavle åbnet endnu.', en: 'No board opened yet.' },
  errorNetwork: {
    da: 'Kunne ikke nå serveren. Tjek forbindelsen og prøv igen.',
    en: 'Could not reach the server. Check the connection and try again.',
  },
  errorTooLarge: {
    da: 'Filen er for stor til serveren.',
    en: 'The file is too large for the server.',
  },
  errorServer: {
    da: 'Serveren svarede med en fejl (HTTP {status}). Prøv igen om lidt.',
    en: 'The server answered with an error (HTTP {status}). Try again shortly.',
  },
  errorStoreUnavailable: {
    da: 'Serveren kunne ikke gemme tavlen lige nu. Prøv igen om lidt.',
    en: 'The server could not store the board just now. Try again shortly.',
  },
  errorForbiddenOrigin: {
    da: 'Serveren tillader ikke, at denne side opretter tavler (dens adresse mangler i ALLOWED_ORIGINS).',
    en: 'The server does not let this page create boards (its address is missing from ALLOWED_ORIGINS).',
  },
  errorInvalidRequest: {
    da: 'Serveren afviste tavlens oplysninger. Tjek tema, startdato og antal netværksmøder.',
    en: "The server refused the board's details. Check the theme, start date and number of network meetings.",
  },
  errorTitleRequired: { da: 'Skriv netværkets tema.', en: "Enter the network's theme." },
  errorTitleTooLong: {
    da: 'Temaet er for langt: {length} tegn, højst {max}.',
    en: 'The theme is too long: {length} characters, at most {max}.',
  },
  errorStartDate: { da: 'Vælg en startdato.', en: 'Choose a start date.' },
  // A real date outside the years a typed date may have, {first}–{last} (shared/schema.ts TYPED_YEARS).
  errorStartYears: {
    da: 'Vælg en startdato fra år {first} til {last}.',
    en: 'Choose a start date from the year {first} to {last}.',
  },
  // {min} and {max}: the rule in shared/template.ts, which the API applies too.
  errorMeetingCount: {
    da: 'Antal netværksmøder skal være et helt tal fra {min} til {max}.',
    en: 'The number of network meetings must be a whole number from {min} to {max}.',
  },
} as const;
