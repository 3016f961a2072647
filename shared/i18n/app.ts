/** Strings of the app shell: landing page, board page, toolbar, status (issue 4). */
export const APP_STRINGS = {
  appName: { da: 'Netværkstavlen', en: 'Netværkstavlen' },
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
  importErrors: {
    da: 'Filen kunne ikke importeres. Der blev ikke oprettet noget. Problemer:',
    en: 'The file could not be imported. Nothing was created. Problems:',
  },
  notJson: { da: 'Filen er ikke gyldig JSON.', en: 'The file is not valid JSON.' },
  recentHeading: { da: 'Senest åbnet på denne enhed', en: 'Recently opened on this device' },
  noRecent: { da: 'Ingen tavle åbnet endnu.', en: 'No board opened yet.' },
  readOnly: { da: 'kun visning', en: 'view only' },
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
  errorStartDate: { da: 'Vælg en startdato.', en: 'Choose a start date.' },
  // {min} and {max}: the rule in shared/template.ts, which the API applies too.
  errorMeetingCount: {
    da: 'Antal netværksmøder skal være et helt tal fra {min} til {max}.',
    en: 'The number of network meetings must be a whole number from {min} to {max}.',
  },
  namePromptHeading: { da: 'Hvad hedder du?', en: 'What is your name?' },
  namePromptHint: {
    da: 'Navnet vises ved din markør, så de andre kan se, hvem der flytter hvad. Det huskes på denne enhed.',
    en: 'Your name is shown at your cursor so the others can see who moves what. It is remembered on this device.',
  },
  nameLabel: { da: 'Dit navn', en: 'Your name' },
  ok: { da: 'OK', en: 'OK' },
  notFoundHeading: { da: 'Tavlen findes ikke', en: 'This board does not exist' },
  notFoundText: {
    da: 'Linket er forkert eller tavlen er ikke på denne server. Tjek linket, eller opret en ny tavle.',
    en: 'The link is wrong or the board is not on this server. Check the link, or create a new board.',
  },
  toLanding: { da: 'Til forsiden', en: 'To the start page' },
  loading: { da: 'Henter tavlen …', en: 'Loading the board…' },
  loadingOffline: {
    da: 'Ingen forbindelse, og tavlen er ikke gemt på denne enhed endnu. Prøver igen …',
    en: 'No connection, and the board is not stored on this device yet. Retrying…',
  },
  connected: { da: 'Forbundet', en: 'Connected' },
  connecting: { da: 'Forbinder igen …', en: 'Reconnecting…' },
  offline: { da: 'Offline', en: 'Offline' },
  offlineUnsent: {
    da: 'Offline – ændringer gemt på enheden, sendes ved forbindelse',
    en: 'Offline – changes kept on this device, sent when connected',
  },
  closedForbidden: {
    da: 'Serveren afviste forbindelsen fra denne adresse.',
    en: 'The server refused the connection from this address.',
  },
  closedTooLarge: {
    da: 'Tavlen er blevet for stor til serveren; seneste ændring er ikke gemt.',
    en: 'The board has grown too large for the server; the last change was not stored.',
  },
  closedRejected: { da: 'Serveren lukkede forbindelsen.', en: 'The server closed the connection.' },
  newerDocument: {
    da: 'Tavlen er gemt af en nyere version af Netværkstavlen. Genindlæs siden for at redigere.',
    en: 'This board was saved by a newer version of Netværkstavlen. Reload the page to edit.',
  },
  reload: { da: 'Genindlæs', en: 'Reload' },
  undo: { da: 'Fortryd', en: 'Undo' },
  redo: { da: 'Gentag', en: 'Redo' },
  zoomIn: { da: 'Zoom ind', en: 'Zoom in' },
  zoomOut: { da: 'Zoom ud', en: 'Zoom out' },
  fitBoard: { da: 'Hele tavlen', en: 'Fit board' },
  showPlan: { da: 'Plan', en: 'Plan' },
  showPanels: { da: 'Deltagere og metoder', en: 'People and methods' },
  language: { da: 'English', en: 'Dansk' },
  languageLabel: { da: 'Sprog', en: 'Language' },
  presence: { da: '{count} på tavlen', en: '{count} on the board' },
  you: { da: '(dig)', en: '(you)' },
  untitled: { da: '(uden titel)', en: '(untitled)' },
  boardTitleLabel: {
    da: 'Tavlens titel (netværkets tema)',
    en: "Board title (the network's theme)",
  },
  home: { da: 'Forside', en: 'Start page' },
  downloads: { da: 'Hent / udskriv', en: 'Download / print' },
  loadingShort: { da: 'Henter …', en: 'Loading…' },
  addMeeting: { da: 'Møde', en: 'Meeting' },
  addNetworkMeeting: {
    da: 'Netværksmøde (før det afsluttende møde)',
    en: 'Network meeting (before the final meeting)',
  },
  addExtraMeeting: {
    da: 'Ekstramøde, fx med referencelederen',
    en: 'Extra meeting, e.g. with the reference leader',
  },
  addMeetingFailed: {
    da: 'Mødet kunne ikke tilføjes (højst 100 møder).',
    en: 'The meeting could not be added (at most 100 meetings).',
  },
  anonymous: { da: 'Gæst', en: 'Guest' },
} as const;
