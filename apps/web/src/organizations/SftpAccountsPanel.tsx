import { Alert, Box, Button, FormControlLabel, Radio, RadioGroup, TableCell, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslate } from 'react-admin';
import { formatDateTime } from '../submissions/format';
import { CredentialsPanel, type CreateCredential } from './CredentialsPanel';

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

const SftpAccountCells = ({ account }: { account: SftpAccount }) => {
  const translate = useTranslate();
  return (
    <>
      <TableCell>
        <code>{account.username}</code>
      </TableCell>
      <TableCell>{account.authMethod === 'password' ? translate('maillage.sftp.password') : `${account.keyType ?? ''} ${account.keyFingerprint ?? ''}`}</TableCell>
      <TableCell>{account.lastLoginAt ? formatDateTime(account.lastLoginAt) : translate('maillage.tokens.neverUsed')}</TableCell>
    </>
  );
};

const SftpAccountForm = ({ create }: { create: CreateCredential<SftpAccount> }) => {
  const translate = useTranslate();
  const [username, setUsername] = useState('');
  const [method, setMethod] = useState<'password' | 'publickey'>('publickey');
  const [secret, setSecret] = useState('');
  const [created, setCreated] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await create(method === 'password' ? { username, password: secret } : { username, publicKey: secret }, (account) => {
      setCreated(account.username);
      setUsername('');
      setSecret('');
    });
  };

  return (
    <>
      <Typography>{translate('maillage.sftp.intro', { host: window.location.hostname })}</Typography>
      {created && (
        <Alert severity="success" onClose={() => setCreated(null)}>
          {translate('maillage.sftp.created', { username: created })}
        </Alert>
      )}
      <Box component="form" onSubmit={submit} sx={{ display: 'flex', flexDirection: 'column', gap: 2, maxWidth: 640 }}>
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
    </>
  );
};

/** An organisation's SFTP drop-box accounts: by password or SSH public key; disabling is final. */
export const SftpAccountsPanel = ({ organizationId }: { organizationId: string }) => (
  <CredentialsPanel<SftpAccount>
    organizationId={organizationId}
    collection="sftp-accounts"
    tableLabel="maillage.sftp.title"
    columnHeaders={['maillage.sftp.username', 'maillage.sftp.method', 'maillage.sftp.lastLoginAt']}
    renderCells={(account) => <SftpAccountCells account={account} />}
    endedAt={(account) => account.disabledAt}
    endMessages={{
      action: 'maillage.sftp.disable',
      endedOn: 'maillage.sftp.disabledOn',
      done: 'maillage.sftp.disabled',
      confirmTitle: 'maillage.sftp.disableTitle',
      confirmContent: 'maillage.sftp.disableContent',
    }}
    confirmOptions={(account) => ({ username: account?.username ?? '' })}
  >
    {(create) => <SftpAccountForm create={create} />}
  </CredentialsPanel>
);
