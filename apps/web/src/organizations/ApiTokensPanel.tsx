import { Alert, Box, Button, Checkbox, FormControlLabel, FormGroup, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Confirm, useNotify, useTranslate } from 'react-admin';
import { apiGet, apiSend, messageOf } from '../api/http';
import { formatDateTime } from '../submissions/format';

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

/** An organisation's API tokens: create (the secret is shown once), list with last use and expiry, revoke. */
export const ApiTokensPanel = ({ organizationId }: { organizationId: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [tokens, setTokens] = useState<ApiToken[]>([]);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<string[]>(['submissions:write', 'submissions:read']);
  const [expiresAt, setExpiresAt] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);

  const load = useCallback(async () => {
    try {
      setTokens(await apiGet<ApiToken[]>(`/organizations/${organizationId}/api-tokens`));
    } catch (error) {
      notify(messageOf(error), { type: 'error' });
    }
  }, [organizationId, notify]);

  useEffect(() => {
    void load();
  }, [load]);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const created = await apiSend<ApiToken & { token: string }>('POST', `/organizations/${organizationId}/api-tokens`, {
        name,
        scopes,
        ...(expiresAt ? { expiresAt: new Date(`${expiresAt}T00:00:00Z`).toISOString().replace('.000', '') } : {}),
      });
      setSecret(created.token);
      setName('');
      await load();
    } catch (error) {
      notify(messageOf(error), { type: 'error' });
    }
  };

  const revoke = async () => {
    if (!revoking) return;
    try {
      await apiSend('DELETE', `/organizations/${organizationId}/api-tokens/${revoking.id}`);
      notify('maillage.tokens.revoked', { type: 'info' });
      await load();
    } catch (error) {
      notify(messageOf(error), { type: 'error' });
    } finally {
      setRevoking(null);
    }
  };

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Typography>{translate('maillage.tokens.intro')}</Typography>
      {secret && (
        <Alert severity="warning" onClose={() => setSecret(null)}>
          {translate('maillage.tokens.shownOnce')}
          <Box component="code" sx={{ display: 'block', mt: 1, p: 1, bgcolor: 'grey.100', wordBreak: 'break-all' }} data-testid="api-token-secret">
            {secret}
          </Box>
        </Alert>
      )}
      <Box component="form" onSubmit={create} sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
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
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('maillage.tokens.name')}</TableCell>
              <TableCell>{translate('maillage.tokens.prefix')}</TableCell>
              <TableCell>{translate('maillage.tokens.scopesLabel')}</TableCell>
              <TableCell>{translate('maillage.tokens.lastUsedAt')}</TableCell>
              <TableCell>{translate('maillage.tokens.expiresAt')}</TableCell>
              <TableCell>
                <span className="visually-hidden">{translate('maillage.columnActions')}</span>
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {tokens.map((token) => {
              const expiresSoon = token.expiresAt && !token.revokedAt && new Date(token.expiresAt).getTime() - Date.now() < SOON_MS;
              return (
                <TableRow key={token.id}>
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
                  <TableCell>
                    {token.revokedAt ? (
                      translate('maillage.tokens.revokedOn', { date: formatDateTime(token.revokedAt) })
                    ) : (
                      <Button color="error" size="small" onClick={() => setRevoking(token)}>
                        {translate('maillage.tokens.revoke')}
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Box>
      <Confirm
        isOpen={revoking !== null}
        title="maillage.tokens.revokeTitle"
        content="maillage.tokens.revokeContent"
        translateOptions={{ name: revoking?.name ?? '' }}
        onConfirm={revoke}
        onClose={() => setRevoking(null)}
      />
    </Box>
  );
};
