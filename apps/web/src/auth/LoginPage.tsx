import { Alert, Box, Button, Card, CardContent, TextField, Typography } from '@mui/material';
import { useEffect, useState, type FormEvent } from 'react';
import { useLogin, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { authConfig, type AuthConfig } from './authConfig';

/** Local accounts get a form; with Keycloak, one button sends the person to the realm's sign-in page. */
export const LoginPage = () => {
  const translate = useTranslate();
  const login = useLogin();
  const [config, setConfig] = useState<AuthConfig | null>(null);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  // A failed Keycloak return is reported by main.tsx before the app renders.
  const [error, setError] = useState<string | null>(() => {
    const pending = sessionStorage.getItem('maillage.loginError');
    sessionStorage.removeItem('maillage.loginError');
    return pending;
  });
  const [pending, setPending] = useState(false);

  useEffect(() => {
    void authConfig().then(setConfig);
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      await login(config?.mode === 'keycloak' ? {} : { username, password });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setPending(false);
    }
  };

  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: '#f5f5fe', p: 2 }}>
      <Card sx={{ width: '100%', maxWidth: 420 }}>
        <CardContent component="form" onSubmit={submit} noValidate sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
          <Typography component="h1" variant="h4" color="primary">
            Maillage
          </Typography>
          <Typography>{translate('maillage.login.intro')}</Typography>
          {error && (
            <Alert severity="error" role="alert">
              {error}
            </Alert>
          )}
          {config?.mode === 'keycloak' ? (
            <Button type="submit" variant="contained" disabled={pending}>
              {translate('maillage.login.keycloak')}
            </Button>
          ) : (
            <>
              <TextField id="username" label={translate('maillage.login.username')} autoComplete="username" value={username} onChange={(event) => setUsername(event.target.value)} required autoFocus />
              <TextField id="password" label={translate('maillage.login.password')} type="password" autoComplete="current-password" value={password} onChange={(event) => setPassword(event.target.value)} required />
              <Button type="submit" variant="contained" disabled={pending || !username || !password}>
                {translate('maillage.login.submit')}
              </Button>
            </>
          )}
          <Button component={RouterLink} to="/territoire" variant="text">
            {translate('maillage.login.public')}
          </Button>
        </CardContent>
      </Card>
    </Box>
  );
};
