import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { completePendingLogin } from './auth/authProvider';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error("Élément #root introuvable dans index.html");

// A return from Keycloak carries ?code=…: turn it into a session before react-admin checks for one.
completePendingLogin()
  .catch((error: unknown) => {
    sessionStorage.setItem('maillage.loginError', error instanceof Error ? error.message : String(error));
  })
  .finally(() => {
    createRoot(container).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
