// First: the board arrives while the board page's code loads, not after it.
import './sync/openEarly.ts';
import './zodConfig.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadPageFor } from './app/App.tsx';
import { registerOfflineShell } from './sync/offlineShell.ts';
import './styles.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
registerOfflineShell();
const preloaded = await preloadPageFor(location.pathname);
createRoot(root).render(
  <StrictMode>
    <App preloaded={preloaded} />
  </StrictMode>,
);
