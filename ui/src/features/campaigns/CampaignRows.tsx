// A contact's or deal's campaigns on its page: the one that brought it in, and the latest.
import { DetailRow } from "../../components/RecordDetail";

export function CampaignRows({ first, last }: { first: string; last: string }) {
  return (
    <>
      <DetailRow term="Original campaign" empty="None">
        {first}
      </DetailRow>
      <DetailRow term="Latest campaign" empty="None">
        {last}
      </DetailRow>
    </>
  );
}
