import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../dashboard/App.tsx';
import { DashboardDb } from '../../dashboard/storage.ts';
import '../../dashboard/dashboard.css';

// The supervisor's dashboard (an unlisted extension page): chrome-extension://ID/dashboard.html.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App db={new DashboardDb()} />
  </StrictMode>,
);
