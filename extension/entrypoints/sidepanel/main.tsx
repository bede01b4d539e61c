import { createRoot } from 'react-dom/client';
import { App } from '../../sidepanel/App.tsx';
import '../../sidepanel/style.css';
import '../../ui/controls.css';

createRoot(document.getElementById('root')!).render(<App />);
