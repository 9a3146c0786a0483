import { Alert, Box, Button, Checkbox, FormControlLabel, FormGroup, TableCell, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslate } from 'react-admin';
import { formatDateTime } from '../submissions/format';
import { CredentialsPanel, type CreateCredential } from './CredentialsPanel';

interface ApiToken {
  id: string;
  name: string;
  scopes: string[];
  prefix: string;
  createdAt: string;
  createdByName: string | null;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const SCOPES = ['submissions:write', 'submissions:read'];
const SOON_MS = 30 * 24 * 3600 * 1000;

const ApiTokenCells = ({ token }: { token: ApiToken }) => {
  const translate = useTranslate();
  const expiresSoon = token.expiresAt && !token.revokedAt && new Date(token.expiresAt).getTime() - Date.now() < SOON_MS;
  return (
    <>
      <TableCell>{token.name}</TableCell>
      <TableCell>
        <code>{token.prefix}…</code>
      </TableCell>
      <TableCell>{token.scopes.join(', ')}</TableCell>
      <TableCell>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : translate('maillage.tokens.neverUsed')}</TableCell>
      <TableCell sx={{ color: expiresSoon ? 'error.main' : undefined }}>
        {token.expiresAt ? formatDateTime(token.expiresAt) : '—'}
        {expiresSoon ? ` (${translate('maillage.tokens.expiresSoon')})` : ''}
      </TableCell>
    </>
  );
};

/** The secret comes back from the API only at creation: it is shown once, above the form. */
const ApiTokenForm = ({ create }: { create: CreateCredential<ApiToken> }) => {
  const translate = useTranslate();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<string[]>(['submissions:write', 'submissions:read']);
  const [expiresAt, setExpiresAt] = useState('');
  const [secret, setSecret] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await create<ApiToken & { token: string }>(
      {
        name,
        scopes,
        ...(expiresAt ? { expiresAt: new Date(`${expiresAt}T00:00:00Z`).toISOString().replace('.000', '') } : {}),
      },
      (created) => {
        setSecret(created.token);
        setName('');
      },
    );
  };

  return (
    <>
      <Typography>{translate('maillage.tokens.intro')}</Typography>
      {secret && (
        <Alert severity="warning" onClose={() => setSecret(null)}>
          {translate('maillage.tokens.shownOnce')}
          <Box component="code" sx={{ display: 'block', mt: 1, p: 1, bgcolor: 'grey.100', wordBreak: 'break-all' }} data-testid="api-token-secret">
            {secret}
          </Box>
        </Alert>
      )}
      <Box component="form" onSubmit={submit} sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
        <TextField id="token-name" label={translate('maillage.tokens.name')} value={name} onChange={(event) => setName(event.target.value)} required size="small" />
        <TextField
          id="token-expiry"
          label={translate('maillage.tokens.expiresAt')}
          type="date"
          value={expiresAt}
          onChange={(event) => setExpiresAt(event.target.value)}
          size="small"
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <FormGroup row>
          {SCOPES.map((scope) => (
            <FormControlLabel
              key={scope}
              label={translate(`maillage.tokens.scopes.${scope.replace(':', '_')}`)}
              control={<Checkbox checked={scopes.includes(scope)} onChange={(event) => setScopes(event.target.checked ? [...scopes, scope] : scopes.filter((item) => item !== scope))} />}
            />
          ))}
        </FormGroup>
        <Button type="submit" variant="contained" disabled={name.length < 2 || scopes.length === 0}>
          {translate('maillage.tokens.create')}
        </Button>
      </Box>
    </>
  );
};

/** An organisation's API tokens: create (the secret is shown once), list with last use and expiry, revoke. */
export const ApiTokensPanel = ({ organizationId }: { organizationId: string }) => (
  <CredentialsPanel<ApiToken>
    organizationId={organizationId}
    collection="api-tokens"
    columnHeaders={['maillage.tokens.name', 'maillage.tokens.prefix', 'maillage.tokens.scopesLabel', 'maillage.tokens.lastUsedAt', 'maillage.tokens.expiresAt']}
    renderCells={(token) => <ApiTokenCells token={token} />}
    endedAt={(token) => token.revokedAt}
    endMessages={{
      action: 'maillage.tokens.revoke',
      endedOn: 'maillage.tokens.revokedOn',
      done: 'maillage.tokens.revoked',
      confirmTitle: 'maillage.tokens.revokeTitle',
      confirmContent: 'maillage.tokens.revokeContent',
    }}
    confirmOptions={(token) => ({ name: token?.name ?? '' })}
  >
    {(create) => <ApiTokenForm create={create} />}
  </CredentialsPanel>
);
