import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../dashboard/App.tsx';
import '../../dashboard/dashboard.css';
import '../../ui/controls.css';

// The supervisor's dashboard (an unlisted extension page): chrome-extension://ID/dashboard.html. Its data
// are the background's (typed messages, extension/lib/protocol.ts).
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
