import { Alert, Box, Button, FormControlLabel, Radio, RadioGroup, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Confirm, useNotify, useTranslate } from 'react-admin';
import { apiGet, apiSend, messageOf } from '../api/http';
import { formatDateTime } from '../submissions/format';

interface SftpAccount {
  id: string;
  username: string;
  authMethod: 'password' | 'publickey';
  keyType: string | null;
  keyFingerprint: string | null;
  createdAt: string;
  createdByName: string | null;
  lastLoginAt: string | null;
  disabledAt: string | null;
}

/** An organisation's SFTP drop-box accounts: by password or SSH public key; disabling is final. */
export const SftpAccountsPanel = ({ organizationId }: { organizationId: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [accounts, setAccounts] = useState<SftpAccount[]>([]);
  const [username, setUsername] = useState('');
  const [method, setMethod] = useState<'password' | 'publickey'>('publickey');
  const [secret, setSecret] = useState('');
  const [disabling, setDisabling] = useState<SftpAccount | null>(null);
  const [created, setCreated] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setAccounts(await apiGet<SftpAccount[]>(`/organizations/${organizationId}/sftp-accounts`));
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
      const account = await apiSend<SftpAccount>('POST', `/organizations/${organizationId}/sftp-accounts`, method === 'password' ? { username, password: secret } : { username, publicKey: secret });
      setCreated(account.username);
      setUsername('');
      setSecret('');
      await load();
    } catch (error) {
      notify(messageOf(error), { type: 'error' });
    }
  };

  const disable = async () => {
    if (!disabling) return;
    try {
      await apiSend('DELETE', `/organizations/${organizationId}/sftp-accounts/${disabling.id}`);
      notify('maillage.sftp.disabled', { type: 'info' });
      await load();
    } catch (error) {
      notify(messageOf(error), { type: 'error' });
    } finally {
      setDisabling(null);
    }
  };

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Typography>{translate('maillage.sftp.intro', { host: window.location.hostname })}</Typography>
      {created && (
        <Alert severity="success" onClose={() => setCreated(null)}>
          {translate('maillage.sftp.created', { username: created })}
        </Alert>
      )}
      <Box component="form" onSubmit={create} sx={{ display: 'flex', flexDirection: 'column', gap: 2, maxWidth: 640 }}>
        <TextField id="sftp-username" label={translate('maillage.sftp.username')} value={username} onChange={(event) => setUsername(event.target.value)} required size="small" helperText={translate('maillage.sftp.usernameHelp')} />
        <RadioGroup row value={method} onChange={(event) => setMethod(event.target.value as 'password' | 'publickey')} aria-label={translate('maillage.sftp.method')}>
          <FormControlLabel value="publickey" control={<Radio />} label={translate('maillage.sftp.publickey')} />
          <FormControlLabel value="password" control={<Radio />} label={translate('maillage.sftp.password')} />
        </RadioGroup>
        <TextField
          id="sftp-secret"
          label={translate(method === 'password' ? 'maillage.sftp.password' : 'maillage.sftp.publickey')}
          type={method === 'password' ? 'password' : 'text'}
          multiline={method === 'publickey'}
          minRows={method === 'publickey' ? 2 : undefined}
          value={secret}
          onChange={(event) => setSecret(event.target.value)}
          required
          size="small"
          autoComplete="new-password"
        />
        <Box>
          <Button type="submit" variant="contained" disabled={username.length < 3 || !secret}>
            {translate('maillage.sftp.create')}
          </Button>
        </Box>
      </Box>
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-label={translate('maillage.sftp.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('maillage.sftp.username')}</TableCell>
              <TableCell>{translate('maillage.sftp.method')}</TableCell>
              <TableCell>{translate('maillage.sftp.lastLoginAt')}</TableCell>
              <TableCell>
                <span className="visually-hidden">{translate('maillage.columnActions')}</span>
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {accounts.map((account) => (
              <TableRow key={account.id}>
                <TableCell>
                  <code>{account.username}</code>
                </TableCell>
                <TableCell>{account.authMethod === 'password' ? translate('maillage.sftp.password') : `${account.keyType ?? ''} ${account.keyFingerprint ?? ''}`}</TableCell>
                <TableCell>{account.lastLoginAt ? formatDateTime(account.lastLoginAt) : translate('maillage.tokens.neverUsed')}</TableCell>
                <TableCell>
                  {account.disabledAt ? (
                    translate('maillage.sftp.disabledOn', { date: formatDateTime(account.disabledAt) })
                  ) : (
                    <Button color="error" size="small" onClick={() => setDisabling(account)}>
                      {translate('maillage.sftp.disable')}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
      <Confirm
        isOpen={disabling !== null}
        title="maillage.sftp.disableTitle"
        content="maillage.sftp.disableContent"
        translateOptions={{ username: disabling?.username ?? '' }}
        onConfirm={disable}
        onClose={() => setDisabling(null)}
      />
    </Box>
  );
};
