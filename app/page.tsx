import { redirect } from "next/navigation";

// The search is the home page; "/" keeps working for people who type the bare address.
export default function Home() {
  redirect("/projets");
}
