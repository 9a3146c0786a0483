import { Box, Button, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Confirm, useNotify, useTranslate } from 'react-admin';
import { apiGet, apiSend, messageOf } from '../api/http';
import { formatDateTime } from '../submissions/format';

interface Credential {
  id: string;
}

/** Translation keys for ending a credential (revoking a token, disabling an account): it cannot be undone, hence the confirmation. */
export interface EndMessages {
  action: string;
  endedOn: string;
  done: string;
  confirmTitle: string;
  confirmContent: string;
}

/** Posts a new credential; `onCreated` runs before the list reloads so that what is shown once appears at once. */
export type CreateCredential<T> = <Created extends T>(body: object, onCreated: (created: Created) => void) => Promise<void>;

interface CredentialsPanelProps<T extends Credential> {
  organizationId: string;
  /** The organisation's sub-collection in the API, such as `api-tokens`. */
  collection: string;
  tableLabel?: string;
  columnHeaders: string[];
  /** One cell for each of `columnHeaders`; the panel adds the action cell. */
  renderCells: (credential: T) => ReactNode;
  endedAt: (credential: T) => string | null;
  endMessages: EndMessages;
  /** Given null while the dialog fades out, so that its text keeps no placeholder. */
  confirmOptions: (credential: T | null) => Record<string, string>;
  /** What stands above the table: the introduction and the creation form. */
  children: (create: CreateCredential<T>) => ReactNode;
}

/** An organisation's credentials of one kind: loaded, listed, and ended for good after confirmation. */
export const CredentialsPanel = <T extends Credential>({
  organizationId,
  collection,
  tableLabel,
  columnHeaders,
  renderCells,
  endedAt,
  endMessages,
  confirmOptions,
  children,
}: CredentialsPanelProps<T>) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [credentials, setCredentials] = useState<T[]>([]);
  const [ending, setEnding] = useState<T | null>(null);
  const collectionPath = `/organizations/${organizationId}/${collection}`;

  const load = useCallback(async () => {
    try {
      setCredentials(await apiGet<T[]>(collectionPath));
    } catch (error) {
      notify(messageOf(error), { type: 'error' });
    }
  }, [collectionPath, notify]);

  useEffect(() => {
    void load();
  }, [load]);

  const create: CreateCredential<T> = async (body, onCreated) => {
    try {
      onCreated(await apiSend('POST', collectionPath, body));
      await load();
    } catch (error) {
      notify(messageOf(error), { type: 'error' });
    }
  };

  const end = async () => {
    if (!ending) return;
    try {
      await apiSend('DELETE', `${collectionPath}/${ending.id}`);
      notify(endMessages.done, { type: 'info' });
      await load();
    } catch (error) {
      notify(messageOf(error), { type: 'error' });
    } finally {
      setEnding(null);
    }
  };

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      {children(create)}
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-label={tableLabel && translate(tableLabel)}>
          <TableHead>
            <TableRow>
              {columnHeaders.map((header) => (
                <TableCell key={header}>{translate(header)}</TableCell>
              ))}
              <TableCell>
                <span className="visually-hidden">{translate('maillage.columnActions')}</span>
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {credentials.map((credential) => {
              const ended = endedAt(credential);
              return (
                <TableRow key={credential.id}>
                  {renderCells(credential)}
                  <TableCell>
                    {ended ? (
                      translate(endMessages.endedOn, { date: formatDateTime(ended) })
                    ) : (
                      <Button color="error" size="small" onClick={() => setEnding(credential)}>
                        {translate(endMessages.action)}
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
        isOpen={ending !== null}
        title={endMessages.confirmTitle}
        content={endMessages.confirmContent}
        translateOptions={confirmOptions(ending)}
        onConfirm={end}
        onClose={() => setEnding(null)}
      />
    </Box>
  );
};
