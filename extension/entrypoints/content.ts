import { defineContentScript } from 'wxt/utils/define-content-script';
import { startOverlay } from '../overlay/controller.ts';
import { listenForProbe } from '../lib/adapter-probe.ts';
import { INSTALL_ORIGINS } from '../lib/registration.ts';

// Declared for the demo origins only; configured systems get the same script registered at run time.
export default defineContentScript({
  matches: INSTALL_ORIGINS,
  allFrames: true,
  runAt: 'document_start',
  main: (ctx) => {
    listenForProbe(ctx);
    return startOverlay(ctx);
  },
});
