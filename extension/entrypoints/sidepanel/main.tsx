import { createRoot } from 'react-dom/client';
import { App } from '../../sidepanel/App.tsx';
import '../../sidepanel/style.css';

createRoot(document.getElementById('root')!).render(<App />);
