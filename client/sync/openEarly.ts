import { openBoardSocketEarly } from './earlySocket.ts';

// Imported first by main.tsx, so the board's socket opens before the rest of
// the page's code is evaluated (that evaluation alone takes ~60 ms).
openBoardSocketEarly(location.pathname);
