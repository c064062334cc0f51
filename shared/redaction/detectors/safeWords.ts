// Hand-written: capitalised words that name nothing anyone could be found by (countries,
// months, platforms); no list of "safe" proper nouns for Belarusian stories exists.

/** Russian and Belarusian stems of countries, faiths and platforms. */
export const KNOWN_CYRILLIC = /^(?:Беларус|Белорус|Росс|Польш|Польск|Літв|Литв|Украін|Украин|Европ|Еўроп|Герман|Латв|Бог|Господ|Телеграм|Инстаграм|Интернет)/u;

/** Capitalised English words that name nothing anyone could be found by. */
export const KNOWN_PROPER_NOUNS = new Set([
  'belarus', 'poland', 'lithuania', 'latvia', 'ukraine', 'russia', 'germany', 'georgia', 'europe', 'estonia', 'czechia', 'america', 'english', 'russian', 'belarusian', 'polish',
  'instagram', 'telegram', 'viber', 'facebook', 'youtube', 'tiktok', 'whatsapp', 'signal', 'twitter', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'prison', 'article', 'court', 'colony', 'custody', 'minsk', 'sizo',
  'okrestin', 'akrestsina', 'autumn', 'spring', 'summer', 'winter', 'christmas', 'easter', 'euros', 'rubles', 'roubles', 'dollars', 'eur', 'usd', 'kgb', 'omon',
]);
