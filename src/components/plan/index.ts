import Alias from './Alias.astro';
import DocRef from './DocRef.astro';
import DocTitle from './DocTitle.astro';
import EdRef from './EdRef.astro';
import Heading from './Heading.astro';
import Item from './Item.astro';
import Member from './Member.astro';
import Pair from './Pair.astro';
import Para from './Para.astro';
import PlanTable from './PlanTable.astro';
import Region from './Region.astro';
import Resp from './Resp.astro';
import TableNotes from './TableNotes.astro';

/** The components the converter's MDX uses, by the names it uses. */
export const planComponents = { Alias, DocRef, DocTitle, EdRef, Heading, Item, Member, Pair, Para, PlanTable, Region, Resp, TableNotes };
