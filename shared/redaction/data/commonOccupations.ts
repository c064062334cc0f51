// Hand-written (docs/hand-written.md): no package lists how many people hold a job in Belarus.
/**
 * Jobs held by tens of thousands in Belarus, in English: a record's occupation that is one of
 * them narrows nobody down, so the story keeps it (CONTRACT.md: a common occupation is worth
 * generalising only when it is rare). Word frequency does not say how rare a job is ("poet" is
 * an everyday word and a rare job), so the table follows where Belarusians work. Sources:
 * Belstat's Labour Day review of 2024 employment (industry 23.4 %, trade 13.8 %, education 11 %,
 * agriculture 9.9 %, health and social work 8.3 %) for the mass jobs of each large sector; the
 * Ministry of Labour's lists of open vacancies (June 2017: nurse, doctor, seller, seamstress,
 * driver, concrete worker, bricklayer; Minsk, August 2017: also cook, cleaner, cashier, courier,
 * programmer, teacher) for the trades; individual entrepreneurs and IT workers, each well over
 * a hundred thousand people. Journalists (a few thousand, and a profession the police single out)
 * and the specialised titles (electrician at a named plant, psychiatrist, veterinarian) are not here.
 */
export const COMMON_OCCUPATIONS: ReadonlySet<string> = new Set([
  // trade and services
  'seller', 'salesman', 'saleswoman', 'salesperson', 'shop assistant', 'sales assistant', 'cashier', 'waiter', 'waitress', 'bartender', 'barista', 'cook',
  'cleaner', 'security guard', 'hairdresser', 'accountant', 'manager', 'office worker', 'clerk',
  // education and health
  'teacher', 'schoolteacher', 'school teacher', 'educator', 'kindergarten teacher', 'nurse', 'doctor',
  // construction, transport, industry, farming
  'builder', 'construction worker', 'bricklayer', 'plasterer', 'carpenter', 'concrete worker', 'driver', 'taxi driver', 'truck driver', 'courier', 'loader',
  'warehouse worker', 'storekeeper', 'factory worker', 'fitter', 'mechanic', 'assembler', 'seamstress', 'machine operator', 'tractor driver', 'milkmaid',
  // information technology and one's own business
  'programmer', 'software developer', 'software engineer', 'developer', 'IT specialist', 'tester', 'entrepreneur', 'individual entrepreneur', 'businessman', 'businesswoman', 'self-employed',
].map((t) => t.toLowerCase()));
