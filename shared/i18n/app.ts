/** Strings of the app shell: board page, toolbar, status (issue 4); the landing page's own are in landing.ts. */
export const APP_STRINGS = {
  appName: { da: 'Netværkstavlen', en: 'Netværkstavlen' },
  readOnly: { da: 'kun visning', en: 'view only' },
  namePromptHeading: { da: 'Hvad hedder du?', en: 'What is your name?' },
  namePromptHint: {
    da: 'Navnet vises ved din markør, så de andre kan se, hvem der flytter hvad. Det huskes på denne enhed.',
    en: 'Your name is shown at your cursor so the others can see who moves what. It is remembered on this device.',
  },
  nameLabel: { da: 'Dit navn', en: 'Your name' },
  nameBlank: { da: 'Skriv et navn, ikke kun mellemrum.', en: 'Type a name, not only spaces.' },
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
  connectedUnsaved: {
    da: 'Forbundet – serveren gemmer ikke lige nu',
    en: 'Connected – the server is not saving just now',
  },
  offlineUnsent: {
    da: 'Offline – ændringer gemt på enheden, sendes ved forbindelse',
    en: 'Offline – changes kept on this device, sent when connected',
  },
  partNotLoaded: {
    da: 'Denne del kunne ikke hentes. Er forbindelsen væk? Prøv igen, eller genindlæs siden.',
    en: 'This part could not be loaded. Is the connection down? Try again, or reload the page.',
  },
  tryAgain: { da: 'Prøv igen', en: 'Try again' },
  /**
   * The browser's own confirm, when the page's delete confirmation could not be loaded
   * (client/app/confirmDelete.ts): short, for its whole wording loads with that dialog.
   */
  deleteUnloaded: { da: 'Slet „{name}“?', en: 'Delete “{name}”?' },
  undo: { da: 'Fortryd', en: 'Undo' },
  redo: { da: 'Gentag', en: 'Redo' },
  // Told to a screen reader after Ctrl+Z / Ctrl+Shift+Z or the toolbar's buttons.
  undone: { da: 'Fortrudt', en: 'Undone' },
  redone: { da: 'Gentaget', en: 'Redone' },
  zoomIn: { da: 'Zoom ind', en: 'Zoom in' },
  zoomOut: { da: 'Zoom ud', en: 'Zoom out' },
  fitBoard: { da: 'Hele tavlen', en: 'Fit board' },
  showPlan: { da: 'Plan', en: 'Plan' },
  showPanels: { da: 'Deltagere og metoder', en: 'People and methods' },
  /** The handle between the board and the plan (its value: the plan's size in pixels). */
  planDivider: { da: 'Skillelinje mellem tavle og plan', en: 'Divider between board and plan' },
  language: { da: 'English', en: 'Dansk' },
  languageLabel: { da: 'Sprog', en: 'Language' },
  presence: { da: '{count} på tavlen', en: '{count} on the board' },
  you: { da: '(dig)', en: '(you)' },
  /** The "+N" chip's accessible name: who it stands for. */
  presenceMore: { da: 'Også på tavlen: {names}', en: 'Also on the board: {names}' },
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
