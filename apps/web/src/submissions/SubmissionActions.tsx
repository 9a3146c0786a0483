import { Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, FormControlLabel, Radio, RadioGroup, TextField } from '@mui/material';
import { useState } from 'react';
import { useNotify, usePermissions, useTranslate } from 'react-admin';
import { apiSend, messageOf } from '../api/http';
import type { Submission } from './types';

type Action = 'submit' | 'withdraw' | 'approve' | 'request-changes' | 'cancel-publication';

const PRODUCER_ACTIONS: Action[] = ['submit', 'withdraw'];
const REVIEWER_ACTIONS: Action[] = ['approve', 'request-changes', 'cancel-publication'];

/** The named API actions the submission's status allows to this person, each behind a confirmation. */
export const SubmissionActions = ({ submission, onDone }: { submission: Submission; onDone: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const { permissions } = usePermissions<string[]>();
  const [open, setOpen] = useState<Action | null>(null);
  const [comment, setComment] = useState('');
  const [when, setWhen] = useState<'now' | 'later'>('now');
  const [publishAt, setPublishAt] = useState('');
  const [pending, setPending] = useState(false);

  const mine = [
    ...(permissions?.includes('producer') || permissions?.includes('admin') ? PRODUCER_ACTIONS : []),
    ...(permissions?.includes('reviewer') || permissions?.includes('admin') ? REVIEWER_ACTIONS : []),
  ];
  const actions = mine.filter((action) => submission.allowedActions.includes(action));
  if (actions.length === 0) return null;

  const run = async () => {
    if (!open) return;
    setPending(true);
    try {
      const body =
        open === 'approve'
          ? { ...(comment ? { comment } : {}), ...(when === 'later' && publishAt ? { publishAt: new Date(publishAt).toISOString().replace(/\.\d{3}Z$/, 'Z') } : {}) }
          : open === 'request-changes'
            ? { comment }
            : undefined;
      await apiSend('POST', `/submissions/${submission.id}/${open}`, body);
      notify(`maillage.actions.done.${open}`, { type: 'success' });
      setOpen(null);
      setComment('');
      setWhen('now');
      setPublishAt('');
      onDone();
    } catch (error) {
      notify(messageOf(error), { type: 'error' });
    } finally {
      setPending(false);
    }
  };

  const needsComment = open === 'request-changes';
  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
      {actions.map((action) => (
        <Button
          key={action}
          variant={action === 'approve' || action === 'submit' ? 'contained' : 'outlined'}
          color={action === 'withdraw' || action === 'cancel-publication' ? 'error' : 'primary'}
          onClick={() => setOpen(action)}
        >
          {translate(`maillage.actions.${action}`)}
        </Button>
      ))}
      <Dialog open={open !== null} onClose={() => setOpen(null)} aria-labelledby="action-dialog-title" fullWidth maxWidth="sm">
        <DialogTitle id="action-dialog-title">{open ? translate(`maillage.actions.confirm.${open}`) : ''}</DialogTitle>
        <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
          <DialogContentText>{open ? translate(`maillage.actions.explain.${open}`, { file: submission.fileName }) : ''}</DialogContentText>
          {open === 'approve' && (
            <>
              <RadioGroup value={when} onChange={(event) => setWhen(event.target.value as 'now' | 'later')} aria-label={translate('maillage.actions.when')}>
                <FormControlLabel value="now" control={<Radio />} label={translate('maillage.actions.publishNow')} />
                <FormControlLabel value="later" control={<Radio />} label={translate('maillage.actions.publishLater')} />
              </RadioGroup>
              {when === 'later' && (
                <TextField
                  id="publish-at"
                  type="datetime-local"
                  label={translate('maillage.actions.publishAt')}
                  value={publishAt}
                  onChange={(event) => setPublishAt(event.target.value)}
                  slotProps={{ inputLabel: { shrink: true } }}
                />
              )}
            </>
          )}
          {(open === 'approve' || open === 'request-changes') && (
            <TextField
              id="review-comment"
              label={translate(needsComment ? 'maillage.actions.commentRequired' : 'maillage.actions.comment')}
              multiline
              minRows={3}
              value={comment}
              onChange={(event) => setComment(event.target.value)}
              required={needsComment}
            />
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(null)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" onClick={run} disabled={pending || (needsComment && !comment.trim()) || (open === 'approve' && when === 'later' && !publishAt)}>
            {translate('ra.action.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
};
