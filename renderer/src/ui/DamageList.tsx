import { useTranslation } from 'react-i18next';
import { damageText, type Damage } from '../../../shared/errors';
import { sayError } from './errorText';

/** What verify or a restore found damaged, one place per item, in the person's language. */
export function DamageList({ problems }: { problems: readonly Damage[] }) {
  const { t } = useTranslation();
  return (
    <div className="error" role="alert">
      <p>{t('audit.damage', { count: problems.length })}</p>
      <ul>
        {problems.map((problem, i) => (
          // The same finding may come twice (found at two unlocks): the position tells them apart.
          <li key={i}>{sayError(damageText(problem), t)}</li>
        ))}
      </ul>
    </div>
  );
}
