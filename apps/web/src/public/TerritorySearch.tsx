import { Autocomplete, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { searchTerritories, type TerritoryMatch } from './territoryApi';

/** Type two letters of a name or a code; choosing a territory opens its page. */
export const TerritorySearch = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const [input, setInput] = useState('');
  const [options, setOptions] = useState<TerritoryMatch[]>([]);
  useEffect(() => {
    if (input.trim().length < 2) {
      setOptions([]);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      searchTerritories(input.trim()).then(
        (found) => live && setOptions(found),
        () => live && setOptions([]),
      );
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [input]);
  return (
    <Autocomplete
      id="territory-search"
      options={options}
      filterOptions={(all) => all}
      getOptionLabel={(option) => `${option.name} (${translate(`maillage.territory.kinds.${option.kind}`)} ${option.code})`}
      isOptionEqualToValue={(a, b) => a.kind === b.kind && a.code === b.code}
      renderOption={(props, option) => (
        <li {...props} key={`${option.kind}-${option.code}`}>
          {option.name} — {translate(`maillage.territory.kinds.${option.kind}`)} {option.code}
          {option.context ? `, ${option.context}` : ''}
        </li>
      )}
      onInputChange={(_, value) => setInput(value)}
      onChange={(_, value) => value && navigate(`/territoire/${value.kind}/${value.code}`)}
      noOptionsText={translate(input.trim().length < 2 ? 'maillage.territory.typeMore' : 'maillage.territory.noMatch')}
      renderInput={(params) => <TextField {...params} label={translate('maillage.territory.search')} />}
      sx={{ maxWidth: 560, width: '100%' }}
    />
  );
};
