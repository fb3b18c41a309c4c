// First: no schema may be built before zod is told not to probe for eval (see zodConfig.ts).
import './zodConfig';
// The design tokens and shared controls before any screen's styles, so screens only place them.
import './styles/tokens.css';
import './styles/controls.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { i18n } from './i18n';
import { App } from './App';
import { LanguageProvider } from './language/LanguageProvider';
import './styles/fonts.css';
import './styles/app.css';
import './styles/exercises.css';
import './styles/diagrams.css';

document.documentElement.lang = i18n.language;
document.title = i18n.t('app.name');

const root = document.getElementById('root');
if (root === null) throw new Error(i18n.t('errors.noPageRoot'));
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <LanguageProvider>
        <App />
      </LanguageProvider>
    </I18nextProvider>
  </StrictMode>,
);
