import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import '../../ui/controls.css';

// The options page (thin entry): language, systems, adapters, policy, data, retention.
createRoot(document.getElementById('app')!).render(<App />);
