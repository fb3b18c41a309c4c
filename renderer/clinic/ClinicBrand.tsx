import type { JSX } from 'react';
import type { ClinicInfo } from '../../common/clinic';
import './clinic.css';

/** The clinic's logo and name in the header; nothing when no clinic has set them. */
export function ClinicBrand({ clinic }: { clinic: ClinicInfo | null }): JSX.Element | null {
  if (clinic === null || (clinic.name === null && clinic.logo === null)) return null;
  return (
    <p className="clinic-brand">
      {/* The name beside it says who the clinic is, so the logo itself is decorative. */}
      {clinic.logo !== null ? <img src={clinic.logo} alt="" className="clinic-logo" /> : null}
      {clinic.name !== null ? <span className="clinic-name">{clinic.name}</span> : null}
    </p>
  );
}
